using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;

namespace BranchBot.Calendar;

/// <summary>Everything one member's feed shows: the branch, the meetings for them, and names to print.</summary>
public sealed record MeetingCalendarContent(
    string? BranchName,
    string TimeZoneId,
    IReadOnlyList<Meeting> Meetings,
    IReadOnlyList<PartyGroup> Groups,
    IReadOnlyDictionary<string, string> MemberNames,
    MeetingOptions Options,
    DateTimeOffset GeneratedAt);

/// <summary>
/// Writes a VCALENDAR with one VEVENT per meeting. Times are written in UTC, which every client converts to its
/// own zone; X-WR-TIMEZONE names the branch's zone for clients that show the calendar's zone.
/// </summary>
public static class MeetingCalendar
{
    public const string ProductId = "-//BranchBot//Meetings Calendar 1.0//ZH";

    public static string UidOf(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return $"{meeting.Id}@branchbot";
    }

    public static string Write(MeetingCalendarContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var ics = new IcsWriter()
            .Begin("VCALENDAR")
            .Line("PRODID", ProductId)
            .Line("VERSION", "2.0")
            .Line("CALSCALE", "GREGORIAN")
            .Line("METHOD", "PUBLISH")
            .Text("X-WR-CALNAME", CalendarFeedTexts.CalendarName(content.BranchName))
            .Text("X-WR-CALDESC", CalendarFeedTexts.CalendarDescription)
            .Text("X-WR-TIMEZONE", content.TimeZoneId)
            .Line("REFRESH-INTERVAL;VALUE=DURATION", "PT1H")
            .Line("X-PUBLISHED-TTL", "PT1H");

        foreach (var meeting in content.Meetings)
        {
            WriteEvent(ics, meeting, content);
        }

        return ics.End("VCALENDAR").ToString();
    }

    private static void WriteEvent(IcsWriter ics, Meeting meeting, MeetingCalendarContent content)
    {
        var host = meeting.HostMemberId is { } hostId && content.MemberNames.TryGetValue(hostId, out var name) ? name : null;
        var audience = CalendarFeedTexts.Audience(meeting.Audience, content.Groups);
        ics.Begin("VEVENT")
            .Text("UID", UidOf(meeting))
            .Line("SEQUENCE", meeting.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UtcTime("DTSTAMP", content.GeneratedAt);
        if (meeting.CreatedAt != default)
        {
            ics.UtcTime("CREATED", meeting.CreatedAt);
        }

        ics.UtcTime("DTSTART", meeting.StartsAt)
            .UtcTime("DTEND", meeting.EndsAt > meeting.StartsAt ? meeting.EndsAt : meeting.StartsAt + content.Options.DefaultDuration)
            .Text("SUMMARY", CalendarFeedTexts.Summary(meeting))
            .Text("DESCRIPTION", CalendarFeedTexts.Description(meeting, audience, host, content.Options))
            .Text("CATEGORIES", MeetingKinds.ToChinese(meeting.Kind))
            .Line("STATUS", meeting.IsCancelled ? "CANCELLED" : "CONFIRMED")
            .Line("TRANSP", "OPAQUE");
        if (!string.IsNullOrWhiteSpace(meeting.Place))
        {
            ics.Text("LOCATION", meeting.Place.Trim());
        }

        if (!meeting.IsCancelled)
        {
            foreach (var offset in content.Options.EffectiveReminderOffsets.Where(o => o > TimeSpan.Zero).Distinct().OrderDescending())
            {
                ics.Begin("VALARM")
                    .Line("ACTION", "DISPLAY")
                    .Line("TRIGGER", IcsValues.Duration(offset.Negate()))
                    .Text("DESCRIPTION", CalendarFeedTexts.Reminder(meeting))
                    .End("VALARM");
            }
        }

        ics.End("VEVENT");
    }
}
