using BranchBot.Core.Meetings;

namespace BranchBot.Core.Organisation.Oversight;

/// <summary>
/// What the overview knows of one branch for one period. Counts only: no field can carry 谈心 content, feedback
/// answers or 匿名建议, which stay with the branch (issue 4's privacy rules do not loosen for those above it).
/// </summary>
/// <param name="Path">The branch's place in the tree, e.g. "机关党委/第一党支部"; the order among equals.</param>
/// <param name="Compliance">The branch's rules, zone, meetings of the period's year, 党小组 and set-up time.</param>
/// <param name="OpenQuestions">待答问题 still waiting for an answer.</param>
public sealed record BranchFacts(
    string Id,
    string Name,
    string Path,
    ComplianceInputs Compliance,
    TalkCounts Talks,
    ReceiptCounts Receipts,
    int OpenQuestions);

/// <summary>谈心谈话 coverage: required pairs with a talk on record in the period's year against all required pairs (TalkCoverageService).</summary>
public sealed record TalkCounts(int Covered, int Needed);

/// <summary>Broadcast receipts in the period: acknowledgements against recipients, over all the branch's broadcasts.</summary>
public sealed record ReceiptCounts(int Acknowledged, int Recipients)
{
    /// <summary>Whole percent, rounded down so that 100% means everyone; null without recipients.</summary>
    public int? Percent => Recipients > 0 ? (int)(Acknowledged * 100L / Recipients) : null;
}
