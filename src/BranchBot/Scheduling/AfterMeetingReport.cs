using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;
using BranchBot.Core.Time;

namespace BranchBot.Scheduling;

/// <summary>
/// After a meeting: a 补学 notice to each member of its audience who neither checked in nor had leave approved
/// (absent, denied, or still waiting for a decision), and the attendance summary to the secretary.
/// </summary>
public sealed partial class AfterMeetingReport(
    AttendanceService attendance,
    IMembershipStore members,
    IMemberNotifier notifier,
    BranchClock clock,
    ILogger<AfterMeetingReport> logger)
{
    /// <summary>Sends both; the result counts the 补学 notices.</summary>
    public async Task<NotificationResult> SendAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var outcome = await attendance.SummarizeAsync(meeting.Id, cancellationToken);
        if (!outcome.Succeeded)
        {
            LogNoSummary(logger, meeting.Id, outcome.Problem ?? string.Empty);
            return new NotificationResult(0, []);
        }

        var summary = outcome.Value!;
        var localStart = clock.ToLocal(meeting.StartsAt);
        List<Member> makeUp = [.. summary.Absent, .. summary.LeavePending];
        var result = makeUp.Count > 0
            ? await notifier.NotifyAsync(makeUp, new Notification(SchedulerTexts.MakeUpStudy(meeting, localStart)), cancellationToken)
            : new NotificationResult(0, []);

        var secretaries = await BranchOfficers.SecretariesAsync(members, cancellationToken);
        await notifier.NotifyAsync(secretaries, new Notification(SchedulerTexts.AttendanceSummary(summary, localStart)), cancellationToken);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No attendance summary for meeting {MeetingId}: {Problem}")]
    private static partial void LogNoSummary(ILogger logger, string meetingId, string problem);
}
