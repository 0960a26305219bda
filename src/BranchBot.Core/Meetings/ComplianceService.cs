using BranchBot.Core.Membership;
using BranchBot.Core.Time;
using Microsoft.Extensions.Options;

namespace BranchBot.Core.Meetings;

/// <summary>
/// Whether each month, quarter and year got the meetings the rules require (the 台账), and which current periods
/// are about to end short (nudges to the secretary). Held = not cancelled and already started; planned = not
/// cancelled and still to start. A meeting counts in the period where its start falls in the branch's zone.
/// </summary>
public sealed class ComplianceService(
    IMeetingStore store, IMembershipStore members, BranchClock clock, IOptions<ComplianceOptions> options)
{
    /// <summary>The first year a 台账 can be asked for.</summary>
    public const int FirstYear = 2000;

    /// <summary>The last year a 台账 can be asked for.</summary>
    public const int LastYear = 2200;

    /// <summary>The 台账 of a year, or of one quarter of it (quarter 1..4).</summary>
    public async Task<Outcome<ComplianceLedger, ComplianceProblem>> LedgerAsync(int year, int? quarter, CancellationToken cancellationToken)
    {
        if (year is < FirstYear or > LastYear)
        {
            return new ComplianceProblem.YearOutOfRange(year);
        }

        if (quarter is { } asked and (< 1 or > 4))
        {
            return new ComplianceProblem.QuarterOutOfRange(asked);
        }

        var now = clock.UtcNow;
        var scope = quarter is { } q ? CompliancePeriods.Quarter(year, q, clock.Zone) : CompliancePeriods.Year(year, clock.Zone);
        var context = await LoadAsync(CompliancePeriods.Year(year, clock.Zone), cancellationToken);
        var rows = new List<LedgerRow>();
        foreach (var rule in ApplicableRules(context))
        {
            var targets = Targets(rule, context).ToList();
            foreach (var period in CompliancePeriods.Overlapping(rule.Period, year, quarter, clock.Zone))
            {
                foreach (var (groupId, groupName) in targets)
                {
                    var (held, planned) = Count(context.Counted(rule.Kind, groupId), period, now);
                    rows.Add(new LedgerRow(
                        rule.Kind, period, groupId, groupName, rule.MinimumCount, held, planned,
                        StatusOf(period, held, rule.MinimumCount, now, context.SetUpAt), rule.Basis));
                }
            }
        }

        return Outcome<ComplianceLedger, ComplianceProblem>.Ok(new ComplianceLedger(year, quarter, rows));
    }

    /// <summary>
    /// The rules whose current period ends within ComplianceOptions.NudgeDaysBefore days of <paramref name="now"/>
    /// and still lacks meetings (held and planned together fewer than required).
    /// </summary>
    public async Task<IReadOnlyList<ComplianceNudge>> DueNudgesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var window = TimeSpan.FromDays(options.Value.NudgeDaysBefore);
        var year = CompliancePeriods.Containing(CompliancePeriod.Year, now, clock.Zone);
        var context = await LoadAsync(year, cancellationToken);
        var nudges = new List<ComplianceNudge>();
        foreach (var rule in ApplicableRules(context))
        {
            var period = CompliancePeriods.Containing(rule.Period, now, clock.Zone);
            if (period.End - now > window)
            {
                continue;
            }

            foreach (var (groupId, groupName) in Targets(rule, context))
            {
                var (held, planned) = Count(context.Counted(rule.Kind, groupId), period, now);
                if (held + planned < rule.MinimumCount)
                {
                    nudges.Add(new ComplianceNudge(rule.Kind, period, groupId, groupName, rule.MinimumCount, held, planned, rule.Basis));
                }
            }
        }

        return nudges;
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

    /// <summary>Who a rule applies to: each 党小组 for 党小组会 (none when there are no groups), else the branch.</summary>
    private static IEnumerable<(string? GroupId, string? GroupName)> Targets(ComplianceRule rule, ComplianceContext context) =>
        rule.Kind == MeetingKind.GroupMeeting
            ? context.Groups.OrderBy(g => g.Name, StringComparer.Ordinal).Select(g => ((string?)g.Id, (string?)g.Name))
            : [(null, null)];

    /// <summary>The effective rules, without 支委会 when the branch has no committee beyond its secretary.</summary>
    private static IEnumerable<ComplianceRule> ApplicableRules(ComplianceContext context)
    {
        var hasCommittee = context.Members.Any(m => m.Role is MemberRole.DeputySecretary or MemberRole.Committee);
        return context.Rules.Where(r => hasCommittee || r.Kind != MeetingKind.CommitteeMeeting);
    }

    private async Task<ComplianceContext> LoadAsync(PeriodSpan year, CancellationToken cancellationToken) => new(
        options.Value.EffectiveRules,
        await store.ListStartingBetweenAsync(year.Start, year.End, cancellationToken),
        await members.ListMembersAsync(cancellationToken),
        await members.ListGroupsAsync(cancellationToken),
        (await members.GetBranchAsync(cancellationToken))?.ClaimedAt);

    /// <summary><paramref name="SetUpAt"/>: when the branch was claimed, i.e. started using the bot.</summary>
    private sealed record ComplianceContext(
        IReadOnlyList<ComplianceRule> Rules, IReadOnlyList<Meeting> Meetings, IReadOnlyList<Member> Members, IReadOnlyList<PartyGroup> Groups,
        DateTimeOffset? SetUpAt)
    {
        // The meetings that can count for a rule, by kind and (for 党小组会) group, sorted out once: a branch of 100
        // 党小组 has 1,200 ledger rows a year, and each scanning every meeting was most of a 台账's time.
        private readonly ILookup<(MeetingKind Kind, string? GroupId), Meeting> _counted = Meetings
            .Where(m => !m.IsCancelled)
            .ToLookup(m => (m.Kind, m.Audience.Kind == AudienceKind.Group ? m.Audience.GroupId : null));

        private readonly ILookup<MeetingKind, Meeting> _countedByKind = Meetings.Where(m => !m.IsCancelled).ToLookup(m => m.Kind);

        /// <summary>Not cancelled, of the kind, and for a group: held for that group; for the branch (null): any audience.</summary>
        public IEnumerable<Meeting> Counted(MeetingKind kind, string? groupId) =>
            groupId is null ? _countedByKind[kind] : _counted[(kind, groupId)];
    }
}
