using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;
using BranchBot.Core.Scheduling;
using BranchBot.Core.Time;
using Microsoft.Extensions.Options;

namespace BranchBot.Scheduling;

/// <summary>
/// Runs one meeting event when its trigger fires: reloads the meeting (the database is the source of truth), takes
/// the event's sent marker before sending so it goes out exactly once, and sends to the meeting's audience only.
/// </summary>
public sealed partial class MeetingEventRunner(
    IMeetingStore meetings,
    ISentMarkerStore markers,
    RecentMembers audience,
    IMemberNotifier notifier,
    AfterMeetingReport afterMeeting,
    BranchClock clock,
    IOptions<MeetingOptions> options,
    ILogger<MeetingEventRunner> logger)
{
    public async Task<MeetingEventOutcome> RunAsync(string meetingId, int revision, string eventName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meetingId);
        ArgumentNullException.ThrowIfNull(eventName);
        if (!MeetingEvent.TryParseName(eventName, out var kind, out var offset))
        {
            LogUnknownEvent(logger, eventName, meetingId);
            return MeetingEventOutcome.UnknownEvent;
        }

        var meeting = await meetings.GetAsync(meetingId, cancellationToken);
        var skipped = SkipReason(meeting, revision, kind);
        if (skipped is { } reason)
        {
            LogSkipped(logger, eventName, meetingId, revision, reason);
            return reason;
        }

        var now = clock.UtcNow;
        if (!await markers.TryMarkAsync(MeetingEvent.MarkerKeyOf(meetingId, revision, eventName), now, cancellationToken))
        {
            return MeetingEventOutcome.AlreadySent;
        }

        var result = kind switch
        {
            MeetingEventKind.Reminder => await RemindAsync(meeting!, offset.GetValueOrDefault(), cancellationToken),
            MeetingEventKind.CheckInOpens => await AnnounceCheckInAsync(meeting!, cancellationToken),
            _ => await afterMeeting.SendAsync(meeting!, cancellationToken),
        };
        LogSent(logger, eventName, meetingId, revision, result.Delivered, result.Unreached.Count);
        return MeetingEventOutcome.Sent;
    }

    private MeetingEventOutcome? SkipReason(Meeting? meeting, int revision, MeetingEventKind kind)
    {
        if (meeting is null)
        {
            return MeetingEventOutcome.MeetingNotFound;
        }

        if (meeting.IsCancelled)
        {
            return MeetingEventOutcome.MeetingCancelled;
        }

        if (meeting.Revision != revision)
        {
            return MeetingEventOutcome.RevisionChanged;
        }

        // A reminder for a meeting that has begun helps nobody (e.g. one missed while the server was down).
        return kind != MeetingEventKind.AfterMeeting && clock.UtcNow >= meeting.StartsAt ? MeetingEventOutcome.TooLate : null;
    }

    private async Task<NotificationResult> RemindAsync(Meeting meeting, TimeSpan offset, CancellationToken cancellationToken)
    {
        // Say how long is really left: a reminder sent late (after a restart) must not claim "1天".
        var left = meeting.StartsAt - clock.UtcNow;
        var ahead = left < offset ? RoundUpToMinute(left) : offset;
        var text = SchedulerTexts.Reminder(meeting, clock.ToLocal(meeting.StartsAt), ahead);
        return await NotifyAudienceAsync(meeting, new Notification(text, [SchedulerTexts.CheckInButton, SchedulerTexts.LeaveButton]), cancellationToken);
    }

    private async Task<NotificationResult> AnnounceCheckInAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var window = CheckInWindowOf(meeting);
        var text = SchedulerTexts.CheckInOpened(meeting, clock.ToLocal(meeting.StartsAt), clock.ToLocal(window.Closes));
        return await NotifyAudienceAsync(meeting, new Notification(text, [SchedulerTexts.CheckInButton]), cancellationToken);
    }

    private (DateTimeOffset Opens, DateTimeOffset Closes) CheckInWindowOf(Meeting meeting) =>
        (meeting.StartsAt - options.Value.CheckInOpensBefore, meeting.StartsAt + options.Value.CheckInClosesAfter);

    private async Task<NotificationResult> NotifyAudienceAsync(Meeting meeting, Notification notification, CancellationToken cancellationToken)
    {
        var members = await audience.AudienceOfAsync(meeting.Audience, cancellationToken);
        return await notifier.NotifyAsync(members, notification, cancellationToken);
    }

    private static TimeSpan RoundUpToMinute(TimeSpan span) =>
        TimeSpan.FromMinutes(Math.Max(1, Math.Ceiling(span.TotalMinutes)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unknown meeting event {EventName} for meeting {MeetingId}; ignored.")]
    private static partial void LogUnknownEvent(ILogger logger, string eventName, string meetingId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting event {EventName} of meeting {MeetingId} r{Revision} not sent: {Reason}.")]
    private static partial void LogSkipped(ILogger logger, string eventName, string meetingId, int revision, MeetingEventOutcome reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting event {EventName} of meeting {MeetingId} r{Revision} sent: {Delivered} members reached, {Unreached} not.")]
    private static partial void LogSent(ILogger logger, string eventName, string meetingId, int revision, int delivered, int unreached);
}
