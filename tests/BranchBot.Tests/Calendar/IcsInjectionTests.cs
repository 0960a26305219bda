using BranchBot.Calendar;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;

namespace BranchBot.Tests.Calendar;

/// <summary>
/// Regression case kept from the adversarial review: text a secretary typed (topic, place, minutes, branch name)
/// cannot end the event or add properties, whatever line breaks and iCalendar syntax it carries.
/// </summary>
public class IcsInjectionTests
{
    [Theory]
    [InlineData("学习\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:伪造")]
    [InlineData("学习\nATTENDEE:mailto:x@example.com")]
    [InlineData("学习\rURL:http://example.com/a")]
    [InlineData("学习\u0085LOCATION:别处")]
    public void Line_breaks_in_typed_text_never_start_a_new_calendar_line(string typed)
    {
        var meeting = CalendarTestSupport.Meeting(MeetingKind.GeneralMeeting, new DateTimeOffset(2026, 12, 10, 14, 0, 0, CalendarTestSupport.Beijing), topic: typed, place: typed);
        var ics = MeetingCalendar.Write(new MeetingCalendarContent(
            typed, "Asia/Shanghai", [meeting], Array.Empty<PartyGroup>(), new Dictionary<string, string>(), new MeetingOptions(), meeting.CreatedAt));

        var lines = ics.Split("\r\n");

        Assert.Equal(1, lines.Count(line => line == "BEGIN:VEVENT"));
        Assert.Equal(1, lines.Count(line => line == "END:VEVENT"));
        Assert.DoesNotContain(lines, line => line.StartsWith("ATTENDEE", StringComparison.Ordinal) || line.StartsWith("URL", StringComparison.Ordinal));
        Assert.Single(lines, line => line.StartsWith("LOCATION", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains('\r', StringComparison.Ordinal) || line.Contains('\n', StringComparison.Ordinal));
        Assert.Single(CalendarTestSupport.Parse(ics).Events);
    }
}
