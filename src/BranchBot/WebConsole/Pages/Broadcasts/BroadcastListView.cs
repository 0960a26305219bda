using BranchBot.Core.Broadcasts;
using BranchBot.Dialogs.Broadcasts;
using BranchBot.WebConsole.Html;

namespace BranchBot.WebConsole.Pages.Broadcasts;

/// <summary>The table of recent broadcasts with their counts, newest first.</summary>
internal static class BroadcastListView
{
    private const int ExcerptLength = 30;

    public static void Write(HtmlWriter html, IReadOnlyList<BroadcastSummary> broadcasts, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (broadcasts.Count == 0)
        {
            html.Element("p", "还没有发送过广播。", ("class", "muted"));
            return;
        }

        html.Open("table", ("id", "broadcasts")).Open("tr");
        foreach (var heading in new[] { "编号", "发送时间", "发送人", "对象", "内容", "已送达", "失败", "无法送达", "状态不明", "待发送", "回执", "状态" })
        {
            html.Element("th", heading);
        }

        html.Close("tr");
        foreach (var (broadcast, author, counts) in broadcasts)
        {
            html.Open("tr", ("class", broadcast.IsWithdrawn ? "withdrawn" : null))
                .Open("td").Element("a", "#" + ConsoleFormat.Number(broadcast.Number), ("href", BroadcastFormat.Link(broadcast.Number))).Close("td")
                .Element("td", ConsoleFormat.DateTime(broadcast.SendsAt, zone))
                .Element("td", author)
                .Element("td", broadcast.AudienceLabel)
                .Open("td").Element("a", BroadcastTexts.Excerpt(broadcast.Text, ExcerptLength), ("href", BroadcastFormat.Link(broadcast.Number))).Close("td")
                .Element("td", $"{counts.Sent}/{counts.Recipients}")
                .Element("td", ConsoleFormat.Number(counts.Failed), ("class", counts.Failed > 0 ? "gap" : null))
                .Element("td", ConsoleFormat.Number(counts.Unreachable), ("class", counts.Unreachable > 0 ? "gap" : null))
                .Element("td", ConsoleFormat.Number(counts.Unknown), ("class", counts.Unknown > 0 ? "gap" : null))
                .Element("td", ConsoleFormat.Number(counts.Pending))
                .Element("td", BroadcastFormat.Acknowledgements(broadcast, counts))
                .Element("td", BroadcastFormat.State(broadcast, counts, now, zone))
                .Close("tr");
        }

        html.Close("table");
    }
}
