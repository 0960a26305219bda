using BranchBot.WebConsole.Html;

namespace BranchBot.WebConsole.Pages.Overview;

/// <summary>总览: the registered sections, one under the other.</summary>
public sealed class OverviewPage(IEnumerable<IOverviewSection> sections) : IConsolePage
{
    private readonly IReadOnlyList<IOverviewSection> _sections = [.. sections.OrderBy(s => s.Order)];

    public string Slug => "overview";

    public string Title => "总览";

    public int Order => 10;

    public async Task<IResult> GetAsync(ConsoleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Action is not null)
        {
            return request.NotFound();
        }

        var html = new HtmlWriter();
        foreach (var section in _sections)
        {
            await section.WriteAsync(request, html, cancellationToken);
        }

        return request.Html(html);
    }
}
