using BranchBot.Core.Meetings;
using BranchBot.Core.Time;
using BranchBot.WebConsole.Html;

namespace BranchBot.WebConsole.Pages.Overview;

/// <summary>The next meetings, linked to their page.</summary>
public sealed class UpcomingMeetingsSection(MeetingService meetings, BranchClock clock) : IOverviewSection
{
    private const int Shown = 8;

    public int Order => 20;

    public async Task WriteAsync(ConsoleRequest request, HtmlWriter html, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        var upcoming = await meetings.ListUpcomingAsync(Shown, cancellationToken);
        html.Open("section", ("id", "upcoming")).Element("h2", "近期会议");
        if (upcoming.Count == 0)
        {
            html.Element("p", "近期没有安排会议。", ("class", "muted")).Close("section");
            return;
        }

        html.Open("table").Open("tr").Element("th", "时间").Element("th", "会议").Element("th", "地点").Close("tr");
        foreach (var meeting in upcoming)
        {
            html.Open("tr")
                .Element("td", ConsoleFormat.DateTime(meeting.StartsAt, clock.Zone))
                .Open("td").Element("a", ConsoleFormat.KindAndTopic(meeting), ("href", ConsoleFormat.MeetingLink(meeting))).Close("td")
                .Element("td", meeting.Place ?? "—")
                .Close("tr");
        }

        html.Close("table").Close("section");
    }
}
