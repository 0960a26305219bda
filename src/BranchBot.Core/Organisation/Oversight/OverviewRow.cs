using BranchBot.Core.Meetings;

namespace BranchBot.Core.Organisation.Oversight;

/// <summary>How urgently a branch needs the organisation's attention; the overview lists the most urgent first.</summary>
public enum OverviewAttention
{
    /// <summary>A required meeting was missed in the period.</summary>
    Missed,

    /// <summary>A period ends within the nudge window without enough meetings held or planned.</summary>
    AtRisk,

    /// <summary>Nothing missed or about to be.</summary>
    None,
}

/// <summary>One branch in the overview: each applicable rule's cell, 谈心 coverage, broadcast receipts and open questions.</summary>
public sealed record OverviewRow(
    string BranchId,
    string Name,
    string Path,
    IReadOnlyList<RuleCell> Rules,
    TalkCounts Talks,
    ReceiptCounts Receipts,
    int OpenQuestions)
{
    public OverviewAttention Attention =>
        Rules.Any(c => c.Status == LedgerStatus.Missed) ? OverviewAttention.Missed
        : Rules.Any(c => c.IsAtRisk) ? OverviewAttention.AtRisk
        : OverviewAttention.None;

    public bool IsRed => Attention != OverviewAttention.None;

    /// <summary>The branch's own 台账 rows for the period, in its order (rules, then periods, then 党小组).</summary>
    public IEnumerable<LedgerRow> LedgerRows => Rules.SelectMany(c => c.Rows);

    /// <summary>The cell of a column, or null where the rule does not apply (no 党小组, no committee).</summary>
    public RuleCell? CellOf(RuleColumn column) => Rules.FirstOrDefault(c => c.Column == column);
}

/// <summary>The overview of a period as computed at <see cref="At"/>: red branches first, then by path.</summary>
public sealed record OverviewReport(OverviewPeriod Period, DateTimeOffset At, IReadOnlyList<OverviewRow> Rows)
{
    public int RedCount => Rows.Count(r => r.IsRed);

    /// <summary>Every rule that applies to some branch, in the order of meeting kinds, then period length.</summary>
    public IReadOnlyList<RuleColumn> Columns =>
        [.. Rows.SelectMany(r => r.Rules).Select(c => c.Column).Distinct().OrderBy(c => c.Kind).ThenBy(c => c.Period)];
}
