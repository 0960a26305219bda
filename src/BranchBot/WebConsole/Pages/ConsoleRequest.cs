using BranchBot.Core.Membership;
using BranchBot.WebConsole.Access;
using BranchBot.WebConsole.Html;

namespace BranchBot.WebConsole.Pages;

/// <summary>A checked console request: the signed-in committee member, the page asked for and the means to answer.</summary>
public sealed class ConsoleRequest(HttpContext http, Member viewer, SessionClaims session, IConsolePage page, string? action, ConsoleLayout layout, ConsoleAudit audit)
{
    public HttpContext Http { get; } = http;

    /// <summary>The member as just read from the roster (active, 书记/副书记/支委).</summary>
    public Member Viewer { get; } = viewer;

    public IConsolePage Page { get; } = page;

    /// <summary>The path segment after the page's slug, if any ("export" in /console/ledger/export).</summary>
    public string? Action { get; } = action;

    public string CsrfToken => session.CsrfToken;

    public string? Query(string name) => Http.Request.Query[name].FirstOrDefault();

    public ValueTask AuditAsync(string action, string? detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(Viewer, action, detail, cancellationToken);

    /// <summary>The page's body inside the console layout (navigation, heading, assets).</summary>
    public IResult Html(HtmlWriter body, int statusCode = StatusCodes.Status200OK) =>
        layout.Render(this, Page.Title, body, statusCode);

    public IResult NotFound() => layout.Message(Http, ConsoleTexts.NotFoundTitle, ConsoleTexts.NotFound, StatusCodes.Status404NotFound, Viewer);

    /// <summary>A 400 page with the problem in Chinese, inside the layout.</summary>
    public IResult BadRequest(string problem) =>
        Html(new HtmlWriter().Element("p", problem, ("class", "problem")), StatusCodes.Status400BadRequest);

    public static IResult Redirect(string path) => Results.Redirect(path);
}
