using BranchBot.Core.Talks;
using BranchBot.WebConsole.Html;

namespace BranchBot.WebConsole.Pages.Overview;

/// <summary>Open 必访 follow-up tasks; the talks service shows them to the secretary only and says so to others.</summary>
public sealed class FollowUpSection(FollowUpService followUps) : IOverviewSection
{
    public int Order => 30;

    public async Task WriteAsync(ConsoleRequest request, HtmlWriter html, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(html);
        html.Open("section", ("id", "followups")).Element("h2", "待办走访");
        FollowUpTable.Write(html, await followUps.ListOpenFollowUpsAsync(request.Viewer, cancellationToken));
        html.Close("section");
    }
}
