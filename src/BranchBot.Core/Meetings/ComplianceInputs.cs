using BranchBot.Core.Membership;

namespace BranchBot.Core.Meetings;

/// <summary>
/// Everything a branch's 台账 is computed from: its rules and settings, and its meetings and 党小组. The meetings must
/// cover every period asked of the <see cref="ComplianceCalculator"/> (ComplianceService loads a whole year).
/// </summary>
/// <param name="Rules">The effective rules, in the order the 台账 lists them.</param>
/// <param name="NudgeWindow">How long before a period ends a shortfall is nudged (and shown as at risk).</param>
/// <param name="Zone">The branch's time zone: a meeting counts in the period where its local start falls.</param>
/// <param name="HasCommittee">Whether the branch has a committee beyond its secretary; without one there is no 支委会 rule.</param>
/// <param name="SetUpAt">When the branch started using the bot; periods ended before it are 启用前, not gaps.</param>
public sealed record ComplianceInputs(
    IReadOnlyList<ComplianceRule> Rules,
    TimeSpan NudgeWindow,
    TimeZoneInfo Zone,
    IReadOnlyList<Meeting> Meetings,
    IReadOnlyList<PartyGroup> Groups,
    bool HasCommittee,
    DateTimeOffset? SetUpAt);
