using BranchBot.Core.Broadcasts;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Broadcasts;
using BranchBot.WebConsole.Html;
using BranchBot.WebConsole.Pages.Broadcasts;

namespace BranchBot.WebConsole.Pages.Overview;

/// <summary>The latest broadcast: how far it got and who has acknowledged it, linked to its detail.</summary>
public sealed class LatestBroadcastSection(BroadcastService broadcasts, BranchClock clock) : IOverviewSection
{
    private const int ExcerptLength = 40;

    public int Order => 40;

    public async Task WriteAsync(ConsoleRequest request, HtmlWriter html, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        html.Open("section", ("id", "latest-broadcast")).Element("h2", "最新广播");
        var latest = (await broadcasts.ListAsync(1, cancellationToken)).FirstOrDefault();
        if (latest is null)
        {
            html.Element("p", "还没有发送过广播。", ("class", "muted"))
                .Element("a", "写广播", ("class", "button"), ("href", "/console/broadcasts/compose"))
                .Close("section");
            return;
        }

        var (broadcast, author, counts) = latest;
        html.Open("p")
            .Element("a", BroadcastFormat.Title(broadcast.Number), ("href", BroadcastFormat.Link(broadcast.Number)))
            .Text($" · {ConsoleFormat.DateTime(broadcast.SendsAt, clock.Zone)} · {author} → {broadcast.AudienceLabel} · {BroadcastFormat.State(broadcast, counts, clock.UtcNow, clock.Zone)}")
            .Close("p")
            .Element("p", BroadcastTexts.Excerpt(broadcast.Text, ExcerptLength), ("class", "muted"))
            .Element("p", BroadcastFormat.CountsLine(broadcast, counts), ("id", "latest-broadcast-counts"))
            .Close("section");
    }
}
