using BranchBot.Core.Meetings;

namespace BranchBot.Core.Organisation.Oversight;

/// <summary>
/// One rule of one branch in the overview's period: the branch's own 台账 rows for it (every sub-period and
/// 党小组) and their combined status.
/// </summary>
/// <param name="Status">Missed if any row is missed; else in progress while any row still runs or is to come after
/// a finished one; not started if none has begun; 启用前 if a row is; else met.</param>
/// <param name="AtRiskRows">Running rows ending within the nudge window without enough held or planned: what the
/// branch secretary is being nudged about.</param>
public sealed record RuleCell(MeetingKind Kind, CompliancePeriod RulePeriod, LedgerStatus Status, IReadOnlyList<LedgerRow> Rows, IReadOnlyList<LedgerRow> AtRiskRows)
{
    public string KindName => MeetingKinds.ToChinese(Kind);

    public int Required => Rows.Sum(r => r.Required);

    public int Held => Rows.Sum(r => r.Held);

    public int Planned => Rows.Sum(r => r.Planned);

    public IEnumerable<LedgerRow> MissedRows => Rows.Where(r => r.Status == LedgerStatus.Missed);

    public bool IsAtRisk => AtRiskRows.Count > 0;

    /// <summary>Red in the overview: a period missed, or one about to be.</summary>
    public bool IsRed => Status == LedgerStatus.Missed || IsAtRisk;

    public RuleColumn Column => new(Kind, RulePeriod);

    public static LedgerStatus Combine(IReadOnlyCollection<LedgerRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Any(r => r.Status == LedgerStatus.Missed))
        {
            return LedgerStatus.Missed;
        }

        if (rows.Any(r => r.Status == LedgerStatus.InProgress))
        {
            return LedgerStatus.InProgress;
        }

        if (rows.All(r => r.Status == LedgerStatus.NotStarted))
        {
            return LedgerStatus.NotStarted;
        }

        if (rows.Any(r => r.Status == LedgerStatus.NotStarted))
        {
            return LedgerStatus.InProgress;
        }

        return rows.Any(r => r.Status == LedgerStatus.BeforeSetup) ? LedgerStatus.BeforeSetup : LedgerStatus.Met;
    }
}

/// <summary>A column of the overview: a rule by kind and period length, e.g. 党员大会 per quarter.</summary>
public sealed record RuleColumn(MeetingKind Kind, CompliancePeriod Period)
{
    public string KindName => MeetingKinds.ToChinese(Kind);
}
