using BranchBot.Core.Delivery;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Time;

namespace BranchBot.Scheduling;

/// <summary>
/// After a meeting: a 补学 notice to each member of its audience who neither checked in nor had leave approved
/// (absent, denied, or still waiting for a decision), with the minutes when they are saved already (those on leave then
/// get the minutes too), and the attendance summary to the secretary.
/// </summary>
public sealed partial class AfterMeetingReport(
    AttendanceService attendance,
    IMembershipStore members,
    IDeliveryOutbox outbox,
    MinutesForAbsentees minutes,
    BranchClock clock,
    ILogger<AfterMeetingReport> logger)
{
    /// <summary>Queues both under <paramref name="batchId"/> (<c>:makeup</c> and <c>:summary</c>); returns how many messages were queued.</summary>
    public async Task<int> SendAsync(Meeting meeting, string batchId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var outcome = await attendance.SummarizeAsync(meeting.Id, cancellationToken);
        if (!outcome.Succeeded)
        {
            LogNoSummary(logger, meeting.Id, outcome.Problem!.GetType().Name);
            return 0;
        }

        var summary = outcome.Value!;
        var localStart = clock.ToLocal(meeting.StartsAt);
        List<Member> makeUp = [.. summary.Absent, .. summary.LeavePending];
        // Minutes saved already go with the 补学 notice, under the minutes' own batch, so saving them again sends nothing.
        var queued = await outbox.EnqueueAsync(
            new DeliveryRequest(
                meeting.Minutes is null ? $"{batchId}:makeup" : MinutesForAbsentees.BatchOf(meeting),
                [.. makeUp.Select(m => m.Id)],
                new DeliveryMessage(SchedulerTexts.MakeUpStudy(meeting, localStart))),
            cancellationToken);
        if (meeting.Minutes is not null)
        {
            queued += await minutes.SendAsync(meeting, summary.OnLeave, cancellationToken);
        }

        var secretaries = await BranchOfficers.ListAsync(members, OfficerRule.SecretaryElseDeputies, cancellationToken);
        queued += await outbox.EnqueueAsync(
            new DeliveryRequest($"{batchId}:summary", [.. secretaries.Select(m => m.Id)], new DeliveryMessage(SchedulerTexts.AttendanceSummary(summary, localStart))),
            cancellationToken);
        return queued;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No attendance summary for meeting {MeetingId}: {Problem}")]
    private static partial void LogNoSummary(ILogger logger, string meetingId, string problem);
}
