namespace BranchBot.Core.Meetings;

/// <summary>
/// The 台账 rules as a pure computation over <see cref="ComplianceInputs"/>: held = not cancelled and already started,
/// planned = not cancelled and still to start, each counted in the period where its start falls in the branch's zone.
/// ComplianceService and the organisation overview both call it, so a branch's own 台账 and the overview from above
/// cannot disagree.
/// </summary>
public sealed class ComplianceCalculator
{
    private readonly ComplianceInputs _inputs;

    // The meetings that can count for a rule, by kind and (for 党小组会) group, sorted out once: a branch of 100
    // 党小组 has 1,200 ledger rows a year, and each scanning every meeting was most of a 台账's time.
    private readonly ILookup<(MeetingKind Kind, string? GroupId), Meeting> _countedByGroup;
    private readonly ILookup<MeetingKind, Meeting> _countedByKind;

    public ComplianceCalculator(ComplianceInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        _inputs = inputs;
        var counted = inputs.Meetings.Where(m => !m.IsCancelled).ToList();
        _countedByGroup = counted.ToLookup(m => (m.Kind, m.Audience.Kind == AudienceKind.Group ? m.Audience.GroupId : null));
        _countedByKind = counted.ToLookup(m => m.Kind);
    }

    /// <summary>The effective rules, without 支委会 when the branch has no committee beyond its secretary.</summary>
    public IEnumerable<ComplianceRule> ApplicableRules =>
        _inputs.Rules.Where(r => _inputs.HasCommittee || r.Kind != MeetingKind.CommitteeMeeting);

    /// <summary>The 台账 rows of a year, or of one quarter of it: rules in order, periods in time order, 党小组 by name.</summary>
    public IReadOnlyList<LedgerRow> Ledger(int year, int? quarter, DateTimeOffset now) =>
        Rows(rule => CompliancePeriods.Overlapping(rule.Period, year, quarter, _inputs.Zone), now);

    /// <summary>The 台账 rows of each applicable rule in the periods <paramref name="periodsOf"/> gives for it.</summary>
    public IReadOnlyList<LedgerRow> Rows(Func<ComplianceRule, IReadOnlyList<PeriodSpan>> periodsOf, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(periodsOf);
        // A year of monthly 党小组会 is a row per group and month: sized for it, the list is not copied as it grows.
        var rows = new List<LedgerRow>((_inputs.Groups.Count * 12) + 32);
        foreach (var rule in ApplicableRules)
        {
            var targets = Targets(rule).ToList();
            foreach (var period in periodsOf(rule))
            {
                foreach (var (groupId, groupName) in targets)
                {
                    var (held, planned) = Count(Counted(rule.Kind, groupId), period, now);
                    rows.Add(new LedgerRow(
                        rule.Kind, period, groupId, groupName, rule.MinimumCount, held, planned,
                        StatusOf(period, held, rule.MinimumCount, now, _inputs.SetUpAt), rule.Basis));
                }
            }
        }

        return rows;
    }

    /// <summary>
    /// The rules whose current period ends within the nudge window of <paramref name="now"/> and still lacks meetings
    /// (held and planned together fewer than required).
    /// </summary>
    public IReadOnlyList<ComplianceNudge> DueNudges(DateTimeOffset now)
    {
        var nudges = new List<ComplianceNudge>();
        foreach (var row in Rows(rule => [CompliancePeriods.Containing(rule.Period, now, _inputs.Zone)], now))
        {
            if (IsAtRisk(row, now))
            {
                nudges.Add(new ComplianceNudge(row.Kind, row.Period, row.GroupId, row.GroupName, row.Required, row.Held, row.Planned, row.Basis));
            }
        }

        return nudges;
    }

    /// <summary>A running period ending within the nudge window without enough meetings held or planned: what is nudged.</summary>
    public bool IsAtRisk(LedgerRow row, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Period.Contains(now) && row.Period.End - now <= _inputs.NudgeWindow && row.Held + row.Planned < row.Required;
    }

    /// <summary>A period that ended before the branch was set up is not a gap: its meetings were held on paper, if at all.</summary>
    private static LedgerStatus StatusOf(PeriodSpan period, int held, int required, DateTimeOffset now, DateTimeOffset? setUpAt)
    {
        if (now < period.Start)
        {
            return LedgerStatus.NotStarted;
        }

        if (held >= required)
        {
            return LedgerStatus.Met;
        }

        if (setUpAt is { } setUp && period.End <= setUp)
        {
            return LedgerStatus.BeforeSetup;
        }

        return now >= period.End ? LedgerStatus.Missed : LedgerStatus.InProgress;
    }

    private static (int Held, int Planned) Count(IEnumerable<Meeting> candidates, PeriodSpan period, DateTimeOffset now)
    {
        int held = 0, planned = 0;
        foreach (var meeting in candidates.Where(m => period.Contains(m.StartsAt)))
        {
            if (meeting.StartsAt < now)
            {
                held++;
            }
            else
            {
                planned++;
            }
        }

        return (held, planned);
    }

    /// <summary>Not cancelled, of the kind, and for a group: held for that group; for the branch (null): any audience.</summary>
    private IEnumerable<Meeting> Counted(MeetingKind kind, string? groupId) =>
        groupId is null ? _countedByKind[kind] : _countedByGroup[(kind, groupId)];

    /// <summary>Who a rule applies to: each 党小组 for 党小组会 (none when there are no groups), else the branch.</summary>
    private IEnumerable<(string? GroupId, string? GroupName)> Targets(ComplianceRule rule) =>
        rule.Kind == MeetingKind.GroupMeeting
            ? _inputs.Groups.OrderBy(g => g.Name, StringComparer.Ordinal).Select(g => ((string?)g.Id, (string?)g.Name))
            : [(null, null)];
}
