using BranchBot.Core.Meetings;
using Microsoft.Extensions.Options;

namespace BranchBot.Scheduling;

/// <summary>
/// Which events a meeting has and when they fall. Plain logic over <see cref="MeetingOptions"/>, so every rule is
/// tested without Quartz; Quartz only fires at the instants computed here.
/// </summary>
public sealed class MeetingEventPlanner(IOptions<MeetingOptions> options)
{
    /// <summary>
    /// How far back start-up looks for meetings whose after-meeting event may still be due: the check-in window
    /// plus a day, which covers any meeting that lasts less than a day.
    /// </summary>
    public TimeSpan RebuildLookback => Options.CheckInClosesAfter + TimeSpan.FromDays(1);

    private MeetingOptions Options => options.Value;

    /// <summary>A cancelled meeting and one recorded afterwards (补录) have none; otherwise each reminder, the check-in opening and the after-meeting event, in time order.</summary>
    public IReadOnlyList<MeetingEvent> EventsOf(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.IsCancelled || meeting.RecordedAfterwards)
        {
            return [];
        }

        var events = Options.EffectiveReminderOffsets
            .Where(offset => offset > TimeSpan.Zero)
            .Distinct()
            .Select(offset => MeetingEvent.Of(meeting, MeetingEventKind.Reminder, meeting.StartsAt - offset, offset))
            .ToList();
        events.Add(MeetingEvent.Of(meeting, MeetingEventKind.CheckInOpens, CheckInWindow.Of(meeting, Options).Opens));
        events.Add(MeetingEvent.Of(meeting, MeetingEventKind.AfterMeeting, AfterMeetingAt(meeting)));
        return [.. events.OrderBy(e => e.DueAt).ThenBy(e => e.Kind)];
    }

    /// <summary>
    /// The 补学 notices and the summary wait until both the meeting has ended and check-in has closed, so that
    /// nobody who can still check in is told they missed it and the summary counts every check-in.
    /// </summary>
    public DateTimeOffset AfterMeetingAt(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var checkInCloses = CheckInWindow.Of(meeting, Options).Closes;
        return checkInCloses > meeting.EndsAt ? checkInCloses : meeting.EndsAt;
    }

    /// <summary>
    /// The events to schedule at <paramref name="now"/>: those still ahead, and of those already due (missed
    /// while the server was down), the ones that still make sense. A reminder or the check-in opening is useful
    /// only before the start, and of several missed reminders only the latest is kept (one message, not a burst);
    /// an after-meeting event is always kept. A reminder or check-in opening already due when the meeting was
    /// announced (at its creation, or now when <paramref name="announcedNow"/>: a change just told to its audience)
    /// is dropped too: that 会议通知 or 会议变更 says it, so a meeting arranged at short notice sends one message,
    /// not three. Dropped events are returned so the caller can log them.
    /// </summary>
    public (IReadOnlyList<MeetingEvent> Due, IReadOnlyList<MeetingEvent> Dropped) Schedule(Meeting meeting, DateTimeOffset now, bool announcedNow = false)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var announced = announcedNow ? now : meeting.CreatedAt;
        var due = new List<MeetingEvent>();
        var dropped = new List<MeetingEvent>();
        var events = new List<MeetingEvent>();
        foreach (var meetingEvent in EventsOf(meeting))
        {
            var told = meetingEvent.Kind != MeetingEventKind.AfterMeeting && meetingEvent.DueAt <= announced;
            (told ? dropped : events).Add(meetingEvent);
        }

        var latestMissedReminder = events.LastOrDefault(e => e.Kind == MeetingEventKind.Reminder && e.DueAt <= now);
        foreach (var meetingEvent in events)
        {
            var keep = meetingEvent.DueAt > now
                || meetingEvent.Kind == MeetingEventKind.AfterMeeting
                || (now < meeting.StartsAt && (meetingEvent.Kind == MeetingEventKind.CheckInOpens || meetingEvent == latestMissedReminder));
            (keep ? due : dropped).Add(meetingEvent);
        }

        return (due, dropped);
    }
}
