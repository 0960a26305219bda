namespace BranchBot.Core.Meetings;

public enum LedgerStatus
{
    /// <summary>达标: enough meetings held.</summary>
    Met,

    /// <summary>未达标: the period ended without enough meetings.</summary>
    Missed,

    /// <summary>进行中: the period is running and still needs meetings.</summary>
    InProgress,

    /// <summary>未到期: the period has not begun.</summary>
    NotStarted,

    /// <summary>
    /// 启用前（可补录）: the period ended before the branch started using the bot and has too few meetings on
    /// record; not a gap, but meetings held on paper can still be recorded (补录).
    /// </summary>
    BeforeSetup,
}

/// <summary>One line of the 台账: one rule in one period (and one 党小组 for 党小组会).</summary>
public sealed record LedgerRow(
    MeetingKind Kind,
    PeriodSpan Period,
    string? GroupId,
    string? GroupName,
    int Required,
    int Held,
    int Planned,
    LedgerStatus Status,
    string Basis)
{
    public string KindName => MeetingKinds.ToChinese(Kind);
}

/// <summary>The 台账 of a year or of one quarter, rules in configured order, periods in time order.</summary>
public sealed record ComplianceLedger(int Year, int? Quarter, IReadOnlyList<LedgerRow> Rows)
{
    public IEnumerable<LedgerRow> MissedRows => Rows.Where(r => r.Status == LedgerStatus.Missed);

    /// <summary>Periods before the branch used the bot with meetings still to be recorded (补录); not counted as missed.</summary>
    public IEnumerable<LedgerRow> BeforeSetupRows => Rows.Where(r => r.Status == LedgerStatus.BeforeSetup);
}

/// <summary>
/// A reminder to the secretary that the current period ends soon without the required meetings. <see cref="KeyIn"/>
/// ("compliance:{branch}:{kind}:{periodKey}[:{groupId}]") marks it as sent in its branch.
/// </summary>
public sealed record ComplianceNudge(
    MeetingKind Kind,
    PeriodSpan Period,
    string? GroupId,
    string? GroupName,
    int Required,
    int Held,
    int Planned,
    string Basis)
{
    public string KeyIn(string branchId) =>
        GroupId is null ? $"compliance:{branchId}:{Kind}:{Period.Key}" : $"compliance:{branchId}:{Kind}:{Period.Key}:{GroupId}";

    public string KindName => MeetingKinds.ToChinese(Kind);

    public int Missing => Math.Max(0, Required - Held - Planned);
}
