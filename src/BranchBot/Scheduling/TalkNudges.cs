using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;
using BranchBot.Core.Scheduling;
using BranchBot.Core.Talks;
using BranchBot.Core.Time;

namespace BranchBot.Scheduling;

/// <summary>
/// The weekly 谈心谈话 nudges, each sent at most once per ISO week per recipient (sent markers):
/// <list type="bullet">
/// <item>In the fourth quarter, while required pairs have no talk this year: the secretary gets the counts, and every
/// member with a missing talk gets the names of those they still need to talk with.</item>
/// <item>All year: a member whose planned talk (谈心安排) is past its date is reminded of it.</item>
/// <item>While 必访 follow-up tasks are open: the secretary gets the list, overdue ones first, until they are done.</item>
/// <item>While a 谈心请求 has waited <see cref="TalkRequestService.RepeatWindow"/> or more without a talk: its addressee
/// gets the names of those waiting.</item>
/// </list>
/// Only the 书记 receives the secretary's nudges: the follow-ups and coverage are hers to see (no deputy fallback).
/// </summary>
public sealed partial class TalkNudges(
    TalkCoverageService coverage,
    TalkPlanService plans,
    FollowUpService followUps,
    TalkRequestService requests,
    ISentMarkerStore markers,
    IMembershipStore members,
    IDeliveryOutbox outbox,
    BranchClock clock,
    ILogger<TalkNudges> logger)
{
    /// <summary>The first month of the quarter in which missing talks are nudged.</summary>
    public const int CoverageNudgesFromMonth = 10;

    public async Task<(int Coverage, int FollowUps, int Requests)> RunAsync(CancellationToken cancellationToken)
    {
        var coverageNudges = await SendCoverageNudgesAsync(cancellationToken);
        var followUpNudges = await SendFollowUpNudgesAsync(cancellationToken);
        var requestNudges = await SendRequestNudgesAsync(cancellationToken);
        return (coverageNudges, followUpNudges, requestNudges);
    }

    /// <summary>Sends this week's reminders of 谈心请求 left waiting; returns how many messages went out.</summary>
    public async Task<int> SendRequestNudgesAsync(CancellationToken cancellationToken)
    {
        var week = NudgeWeek.Of(clock.Now);
        var waitedSince = clock.Now - TalkRequestService.RepeatWindow;
        var sent = 0;
        foreach (var (member, open) in (await requests.OpenToEachAsync(cancellationToken)).OrderBy(e => e.To, MemberOrder.Instance))
        {
            var waiting = open.Where(r => r.RequestedAt <= waitedSince).ToList();
            if (waiting.Count > 0)
            {
                sent += await SendOnceAsync($"talks:requests:{week}:{member.Id}", member, TalkNudgeTexts.WaitingRequests(waiting), cancellationToken);
            }
        }

        return sent;
    }

    /// <summary>Sends this week's coverage nudges not yet sent; returns how many messages went out.</summary>
    public async Task<int> SendCoverageNudgesAsync(CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var week = NudgeWeek.Of(now);
        var overdue = await plans.ListOverdueAsync(cancellationToken);
        var current = now.Month >= CoverageNudgesFromMonth ? await coverage.CoverageAsync(now.Year, cancellationToken) : null;
        if (current is null or { IsComplete: true } && overdue.Count == 0)
        {
            return 0;
        }

        var sent = 0;
        var stillToTalk = StillToTalk(current, overdue).ToDictionary(e => e.Member.Id, StringComparer.Ordinal);
        if (current is { IsComplete: false })
        {
            foreach (var secretary in await SecretariesAsync(cancellationToken))
            {
                // The secretary's own talks go in the same message: one nudge, not two in a row.
                var own = stillToTalk.Remove(secretary.Id, out var entry) ? entry.Partners : null;
                var text = TalkNudgeTexts.SecretaryCoverage(current, overdue.Count, own);
                sent += await SendOnceAsync($"talks:coverage:{week}:{secretary.Id}", secretary, text, cancellationToken);
            }

            LogCoverage(logger, week, current.Uncovered.Count, overdue.Count);
        }

        foreach (var (member, partners) in stillToTalk.Values.OrderBy(e => e.Member, MemberOrder.Instance))
        {
            sent += await SendOnceAsync($"talks:member:{week}:{member.Id}", member, TalkNudgeTexts.MemberStillToTalk(member, partners, now.Year), cancellationToken);
        }

        return sent;
    }

    /// <summary>Sends this week's follow-up nudge to the secretary when tasks are open; returns how many messages went out.</summary>
    public async Task<int> SendFollowUpNudgesAsync(CancellationToken cancellationToken)
    {
        var open = await followUps.ListOpenAsync(cancellationToken);
        if (open.Count == 0)
        {
            return 0;
        }

        var ordered = open.OrderByDescending(t => t.Overdue).ThenBy(t => t.Task.DueDate).ThenBy(t => t.Member, MemberOrder.Instance).ToList();
        var text = TalkNudgeTexts.OpenFollowUps(ordered);
        var week = NudgeWeek.Of(clock.Now);
        var secretaries = await SecretariesAsync(cancellationToken);
        if (secretaries.Count == 0)
        {
            // Not marked: the nudge goes out once the branch has a secretary again.
            LogNoSecretary(logger, open.Count);
            return 0;
        }

        var sent = 0;
        foreach (var secretary in secretaries)
        {
            sent += await SendOnceAsync($"talks:followups:{week}:{secretary.Id}", secretary, text, cancellationToken);
        }

        LogFollowUps(logger, week, open.Count, ordered.Count(t => t.Overdue));
        return sent;
    }

    /// <summary>Per member: those they still need to talk with (fourth quarter) and overdue planned talks (all year).</summary>
    private static IEnumerable<(Member Member, IReadOnlyList<TalkNudgeTexts.Partner> Partners)> StillToTalk(TalkCoverage? coverage, IReadOnlyList<PlannedPairView> overdue)
    {
        var byMember = new Dictionary<string, (Member Member, Dictionary<string, TalkNudgeTexts.Partner> Partners)>(StringComparer.Ordinal);
        void Add(Member member, Member partner, DateOnly? overdueSince)
        {
            if (!byMember.TryGetValue(member.Id, out var entry))
            {
                entry = (member, new Dictionary<string, TalkNudgeTexts.Partner>(StringComparer.Ordinal));
                byMember.Add(member.Id, entry);
            }

            if (!entry.Partners.TryGetValue(partner.Id, out var known) || known.OverdueSince is null)
            {
                entry.Partners[partner.Id] = new TalkNudgeTexts.Partner(partner, overdueSince ?? known?.OverdueSince);
            }
        }

        foreach (var needs in coverage?.PerMember ?? [])
        {
            foreach (var partner in needs.StillToTalkWith)
            {
                Add(needs.Member, partner, null);
            }
        }

        foreach (var pair in overdue)
        {
            Add(pair.First, pair.Second, pair.Assignment.DueDate);
            Add(pair.Second, pair.First, pair.Assignment.DueDate);
        }

        return byMember.Values
            .OrderBy(e => e.Member, MemberOrder.Instance)
            .Select(e => (e.Member, (IReadOnlyList<TalkNudgeTexts.Partner>)[.. e.Partners.Values
                .OrderBy(p => p.OverdueSince is null)
                .ThenBy(p => p.OverdueSince)
                .ThenBy(p => p.Member, MemberOrder.Instance)]));
    }

    private Task<IReadOnlyList<Member>> SecretariesAsync(CancellationToken cancellationToken) =>
        BranchOfficers.ListAsync(members, OfficerRule.SecretariesOnly, cancellationToken);

    private async Task<int> SendOnceAsync(string key, Member recipient, string text, CancellationToken cancellationToken)
    {
        if (await markers.IsMarkedAsync(key, cancellationToken))
        {
            return 0;
        }

        // Queued under the marker's key before marking: exactly once, and retried until delivered.
        await outbox.EnqueueAsync(new DeliveryRequest(key, [recipient.Id], new DeliveryMessage(text)), cancellationToken);
        if (!await markers.TryMarkAsync(key, clock.UtcNow, cancellationToken))
        {
            return 0;
        }

        LogNudged(logger, key);
        return 1;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Talk coverage nudges for {Week}: {Uncovered} pairs uncovered, {Overdue} planned talks overdue.")]
    private static partial void LogCoverage(ILogger logger, string week, int uncovered, int overdue);

    [LoggerMessage(Level = LogLevel.Information, Message = "Follow-up nudge for {Week}: {Open} tasks open, {Overdue} overdue.")]
    private static partial void LogFollowUps(ILogger logger, string week, int open, int overdue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} follow-up tasks are open but the branch has no secretary to nudge.")]
    private static partial void LogNoSecretary(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Talk nudge {Key} sent.")]
    private static partial void LogNudged(ILogger logger, string key);
}
