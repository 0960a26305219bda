using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Delivery;
using BranchBot.Core.Meetings;
using BranchBot.Core.Meetings.Focus;
using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Core.Scheduling;
using BranchBot.Core.Time;

namespace BranchBot.Scheduling;

/// <summary>
/// What the scheduler does every day (and once at start-up): creates the recurring plans' next meetings and
/// announces each to its audience, turns the 定期广播 plans' coming occurrences into scheduled broadcasts, then sends
/// the secretary each compliance nudge that is due and not yet sent.
/// </summary>
public sealed partial class DailyDuties(
    PlanService plans,
    BroadcastPlanService broadcastPlans,
    ComplianceService compliance,
    ISentMarkerStore markers,
    IMembershipStore members,
    MeetingAudienceResolver audience,
    IDeliveryOutbox outbox,
    MeetingFocusStore focus,
    BranchClock clock,
    BranchContext branch,
    ILogger<DailyDuties> logger)
{
    /// <summary>Runs every duty; returns how many meetings were announced and how many nudges sent.</summary>
    public async Task<(int Announced, int Nudged)> RunAsync(CancellationToken cancellationToken)
    {
        var announced = await AnnounceNewOccurrencesAsync(cancellationToken);
        await ScheduleRecurringBroadcastsAsync(cancellationToken);
        var nudged = await SendDueNudgesAsync(cancellationToken);
        return (announced, nudged);
    }

    public async Task<int> AnnounceNewOccurrencesAsync(CancellationToken cancellationToken)
    {
        // The plan service tells the meeting listeners itself, so the new meetings' triggers already exist.
        var created = await plans.CreateDueOccurrencesAsync(clock.UtcNow, cancellationToken);
        foreach (var meeting in created)
        {
            var recipients = await audience.MembersOfAsync(meeting.Audience, cancellationToken);
            var text = SchedulerTexts.Announcement(meeting, clock.ToLocal(meeting.StartsAt));
            var queued = await outbox.EnqueueAsync(
                new DeliveryRequest($"meeting:{meeting.Id}:announced", [.. recipients.Select(m => m.Id)], DeliveryMessage.WithTitleButtons(text, [SchedulerTexts.LeaveButton])),
                cancellationToken);
            await focus.SetForAsync(recipients.Select(m => m.Id), MeetingFocus.Noticed(meeting, clock.UtcNow), cancellationToken);
            LogAnnounced(logger, meeting.Id, meeting.PlanId ?? "-", queued);
        }

        return created.Count;
    }

    /// <summary>
    /// Schedules every 定期广播 occurrence due within the plans' lead time (36 hours, so one daily run is enough);
    /// the outbox sends each at its time. Returns how many broadcasts were scheduled.
    /// </summary>
    public async Task<int> ScheduleRecurringBroadcastsAsync(CancellationToken cancellationToken)
    {
        var run = await broadcastPlans.CreateDueOccurrencesAsync(clock.UtcNow, cancellationToken);
        foreach (var occurrence in run.Scheduled)
        {
            LogBroadcastScheduled(logger, occurrence.PlanNumber, occurrence.Broadcast.Number, occurrence.At);
        }

        foreach (var plan in run.Stopped)
        {
            LogBroadcastPlanStopped(logger, plan.Number);
        }

        return run.Scheduled.Count;
    }

    public async Task<int> SendDueNudgesAsync(CancellationToken cancellationToken)
    {
        var nudges = await compliance.DueNudgesAsync(clock.UtcNow, cancellationToken);
        if (nudges.Count == 0)
        {
            return 0;
        }

        var secretaries = await BranchOfficers.ListAsync(members, OfficerRule.SecretaryElseDeputies, cancellationToken);
        if (secretaries.Count == 0)
        {
            // Not marked: the nudge goes out once the branch has a secretary again.
            LogNoSecretary(logger, nudges.Count);
            return 0;
        }

        var sent = 0;
        foreach (var nudge in nudges)
        {
            var key = nudge.KeyIn(branch.Id);
            if (await markers.IsMarkedAsync(key, cancellationToken))
            {
                continue;
            }

            // Queued under the marker's key before marking: exactly once, and retried until delivered.
            var lastDay = clock.ToLocal(nudge.Period.End).AddDays(-1);
            await outbox.EnqueueAsync(
                new DeliveryRequest(key, [.. secretaries.Select(m => m.Id)], new DeliveryMessage(ComplianceNudgeTexts.Nudge(nudge, lastDay))),
                cancellationToken);
            if (!await markers.TryMarkAsync(key, clock.UtcNow, cancellationToken))
            {
                continue;
            }

            LogNudged(logger, key);
            sent++;
        }

        return sent;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan {PlanId} created meeting {MeetingId}; announcement queued for {Queued} members.")]
    private static partial void LogAnnounced(ILogger logger, string meetingId, string planId, int queued);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recurring broadcast plan {PlanNumber} scheduled broadcast {BroadcastNumber} for {At}.")]
    private static partial void LogBroadcastScheduled(ILogger logger, int planNumber, int broadcastNumber, DateTimeOffset at);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recurring broadcast plan {PlanNumber} stopped itself: its author is no longer an active committee member.")]
    private static partial void LogBroadcastPlanStopped(ILogger logger, int planNumber);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} compliance nudges are due but the branch has no secretary to send them to.")]
    private static partial void LogNoSecretary(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Compliance nudge {Key} sent to the secretary.")]
    private static partial void LogNudged(ILogger logger, string key);
}
