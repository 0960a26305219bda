using System.Globalization;
using BranchBot.Core.Meetings;

namespace BranchBot.Scheduling;

public enum MeetingEventKind
{
    /// <summary>A reminder <see cref="MeetingEvent.ReminderOffset"/> before the start.</summary>
    Reminder,

    /// <summary>The check-in window opens.</summary>
    CheckInOpens,

    /// <summary>The meeting is over and check-in closed: 补学 notices and the secretary's summary.</summary>
    AfterMeeting,
}

/// <summary>One scheduled moment of one revision of a meeting. Quartz holds one trigger per event, not per member.</summary>
public sealed record MeetingEvent(string MeetingId, int Revision, MeetingEventKind Kind, DateTimeOffset DueAt, TimeSpan? ReminderOffset = null)
{
    /// <summary>The event's name within its meeting revision: <c>reminder-1.00:00:00</c>, <c>checkin-open</c>, <c>after</c>.</summary>
    public string Name => Kind switch
    {
        MeetingEventKind.Reminder => "reminder-" + ReminderOffset.GetValueOrDefault().ToString("c", CultureInfo.InvariantCulture),
        MeetingEventKind.CheckInOpens => "checkin-open",
        _ => "after",
    };

    /// <summary>The sent marker that makes this event's messages go out exactly once.</summary>
    public string MarkerKey => MarkerKeyOf(MeetingId, Revision, Name);

    public static string MarkerKeyOf(string meetingId, int revision, string eventName) =>
        $"meeting:{meetingId}:r{revision.ToString(CultureInfo.InvariantCulture)}:{eventName}";

    /// <summary>Reads a name written by <see cref="Name"/>.</summary>
    public static bool TryParseName(string name, out MeetingEventKind kind, out TimeSpan? reminderOffset)
    {
        ArgumentNullException.ThrowIfNull(name);
        reminderOffset = null;
        kind = default;
        switch (name)
        {
            case "checkin-open":
                kind = MeetingEventKind.CheckInOpens;
                return true;
            case "after":
                kind = MeetingEventKind.AfterMeeting;
                return true;
        }

        if (name.StartsWith("reminder-", StringComparison.Ordinal)
            && TimeSpan.TryParseExact(name["reminder-".Length..], "c", CultureInfo.InvariantCulture, out var offset))
        {
            kind = MeetingEventKind.Reminder;
            reminderOffset = offset;
            return true;
        }

        return false;
    }

    public static MeetingEvent Of(Meeting meeting, MeetingEventKind kind, DateTimeOffset dueAt, TimeSpan? reminderOffset = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return new MeetingEvent(meeting.Id, meeting.Revision, kind, dueAt, reminderOffset);
    }
}
