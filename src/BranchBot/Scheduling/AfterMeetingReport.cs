using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;
using BranchBot.Core.Time;

namespace BranchBot.Scheduling;

/// <summary>
/// After a meeting: a 补学 notice to each member of its audience who neither checked in nor had leave approved,
/// and the attendance summary to the secretary.
/// </summary>
public sealed class AfterMeetingReport(
    IMeetingStore meetings,
    IMembershipStore members,
    MeetingAudienceResolver audience,
    IMemberNotifier notifier,
    BranchClock clock)
{
    /// <summary>Sends both; the result counts the 补学 notices.</summary>
    public async Task<NotificationResult> SendAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var absent = await AbsentMembersAsync(meeting, cancellationToken);
        var makeUp = new Notification(SchedulerTexts.MakeUpStudy(meeting, clock.ToLocal(meeting.StartsAt)));
        var result = absent.Count > 0 ? await notifier.NotifyAsync(absent, makeUp, cancellationToken) : new NotificationResult(0, []);

        var secretaries = await BranchOfficers.SecretariesAsync(members, cancellationToken);
        if (secretaries.Count > 0)
        {
            await notifier.NotifyAsync(secretaries, new Notification(await SummaryTextAsync(meeting, cancellationToken)), cancellationToken);
        }

        return result;
    }

    /// <summary>Members of the audience without a check-in or an approved leave.</summary>
    public async Task<IReadOnlyList<Member>> AbsentMembersAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var expected = await audience.MembersOfAsync(meeting.Audience, cancellationToken);
        var excused = (await meetings.ListAttendanceAsync(meeting.Id, cancellationToken))
            .Where(r => r.Status is AttendanceStatus.CheckedIn or AttendanceStatus.LeaveApproved)
            .Select(r => r.MemberId)
            .ToHashSet(StringComparer.Ordinal);
        return [.. expected.Where(m => !excused.Contains(m.Id))];
    }
}
