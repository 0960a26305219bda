using BranchBot.Core.Delivery;
using BranchBot.Core.Meetings;
using BranchBot.Core.Meetings.Focus;
using BranchBot.Core.Membership;
using BranchBot.Core.Scheduling;
using BranchBot.Core.Time;
using Microsoft.Extensions.Options;

namespace BranchBot.Scheduling;

/// <summary>
/// Runs one meeting event when its trigger fires: reloads the meeting (the database is the source of truth) and
/// queues the messages in the delivery outbox under the event's sent-marker key, so they go out exactly once (the
/// outbox keeps the first item per batch and member) and are retried until delivered; then takes the marker.
/// </summary>
public sealed partial class MeetingEventRunner(
    IMeetingStore meetings,
    ISentMarkerStore markers,
    RosterSnapshot audience,
    IDeliveryOutbox outbox,
    AfterMeetingReport afterMeeting,
    MeetingFocusStore focus,
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

        var marker = MeetingEvent.MarkerKeyOf(meetingId, revision, eventName);
        if (await markers.IsMarkedAsync(marker, cancellationToken))
        {
            return MeetingEventOutcome.AlreadySent;
        }

        // Queued before marking: a crash in between queues again under the same key, which adds nothing.
        var queued = kind switch
        {
            MeetingEventKind.Reminder => await RemindAsync(meeting!, offset.GetValueOrDefault(), marker, cancellationToken),
            MeetingEventKind.CheckInOpens => await AnnounceCheckInAsync(meeting!, marker, cancellationToken),
            _ => await afterMeeting.SendAsync(meeting!, marker, cancellationToken),
        };
        await markers.TryMarkAsync(marker, clock.UtcNow, cancellationToken);
        LogSent(logger, eventName, meetingId, revision, queued);
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

    private async Task<int> RemindAsync(Meeting meeting, TimeSpan offset, string batchId, CancellationToken cancellationToken)
    {
        // Say how long is really left: a reminder sent late (after a restart) must not claim "1天".
        var left = meeting.StartsAt - clock.UtcNow;
        var ahead = left < offset ? RoundUpToMinute(left) : offset;
        var text = SchedulerTexts.Reminder(meeting, clock.ToLocal(meeting.StartsAt), ahead);
        return await QueueForAudienceAsync(meeting, batchId, DeliveryMessage.WithTitleButtons(text, [SchedulerTexts.CheckInButton, SchedulerTexts.LeaveButton]), cancellationToken);
    }

    private async Task<int> AnnounceCheckInAsync(Meeting meeting, string batchId, CancellationToken cancellationToken)
    {
        var window = CheckInWindow.Of(meeting, options.Value);
        var text = SchedulerTexts.CheckInOpened(meeting, clock.ToLocal(meeting.StartsAt), clock.ToLocal(window.Closes));
        return await QueueForAudienceAsync(meeting, batchId, DeliveryMessage.WithTitleButtons(text, [SchedulerTexts.CheckInButton]), cancellationToken);
    }

    private async Task<int> QueueForAudienceAsync(Meeting meeting, string batchId, DeliveryMessage message, CancellationToken cancellationToken)
    {
        var members = await audience.AudienceOfAsync(meeting.Audience, cancellationToken);
        var queued = await outbox.EnqueueAsync(new DeliveryRequest(batchId, [.. members.Select(m => m.Id)], message), cancellationToken);
        // "去不了，孩子病了" answering the reminder is about this meeting (MeetingFocus).
        await focus.SetForAsync(members.Select(m => m.Id), MeetingFocus.Noticed(meeting, clock.UtcNow), cancellationToken);
        return queued;
    }

    private static TimeSpan RoundUpToMinute(TimeSpan span) =>
        TimeSpan.FromMinutes(Math.Max(1, Math.Ceiling(span.TotalMinutes)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unknown meeting event {EventName} for meeting {MeetingId}; ignored.")]
    private static partial void LogUnknownEvent(ILogger logger, string eventName, string meetingId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting event {EventName} of meeting {MeetingId} r{Revision} not sent: {Reason}.")]
    private static partial void LogSkipped(ILogger logger, string eventName, string meetingId, int revision, MeetingEventOutcome reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting event {EventName} of meeting {MeetingId} r{Revision}: {Queued} messages queued for delivery.")]
    private static partial void LogSent(ILogger logger, string eventName, string meetingId, int revision, int queued);
}
