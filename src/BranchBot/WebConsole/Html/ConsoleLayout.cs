using System.Text;
using BranchBot.Core.Membership;
using BranchBot.WebConsole.Pages;

namespace BranchBot.WebConsole.Html;

/// <summary>The frame around every console page: navigation built from the registered pages, the user and 退出.</summary>
public sealed class ConsoleLayout(IServiceProvider services)
{
    /// <summary>Only this server's script and style; forms post back here; never framed; no referrer (links carry tokens).</summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; " +
        "form-action 'self'; frame-ancestors 'none'";

    // Resolved lazily: pages take the layout through ConsoleRequest, not the other way round.
    private IReadOnlyList<IConsolePage> Pages => field ??= [.. services.GetServices<IConsolePage>().OrderBy(p => p.Order)];

    public IResult Render(ConsoleRequest request, string title, HtmlWriter body, int statusCode)
    {
        ArgumentNullException.ThrowIfNull(request);
        var html = Start(title);
        html.Open("header").Element("span", ConsoleTexts.ProductName, ("class", "brand"));
        MenuButton(html).Open("nav", ("id", "console-nav"));
        foreach (var page in Pages)
        {
            html.Element("a", page.Title, ("href", "/console/" + page.Slug), ("class", page == request.Page ? "current" : null));
        }

        html.Close("nav").Open("form", ("method", "post"), ("action", "/console/logout"), ("class", "user"))
            .Csrf(request.CsrfToken)
            .Element("span", $"{request.Viewer.Name}（{RoleNames.ToChinese(request.Viewer.Role)}）")
            .Element("button", ConsoleTexts.Logout, ("type", "submit"))
            .Close("form").Close("header")
            .Open("main").Element("h1", title).Append(body).Close("main");
        return Finish(request.Http, html, statusCode);
    }

    /// <summary>A page outside the signed-in frame: login, refusals, expired links.</summary>
    public IResult Message(HttpContext http, string title, string text, int statusCode, Member? viewer = null, HtmlWriter? extra = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        var html = Start(title);
        html.Open("header").Element("span", ConsoleTexts.ProductName, ("class", "brand"));
        if (viewer is not null)
        {
            html.Open("nav").Element("a", ConsoleTexts.BackToOverview, ("href", "/console")).Close("nav");
        }

        html.Close("header").Open("main", ("class", "message")).Element("h1", title).Element("p", text);
        if (extra is not null)
        {
            html.Append(extra);
        }

        html.Close("main");
        return Finish(http, html, statusCode);
    }

    /// <summary>
    /// On a phone the navigation folds behind 菜单: a checkbox and its label (console.css shows the nav while it is
    /// checked), so the menu opens without script, which the content security policy keeps to this server's file.
    /// </summary>
    private static HtmlWriter MenuButton(HtmlWriter html) => html
        .Open("input", ("type", "checkbox"), ("id", "menu-toggle"), ("class", "menu-toggle"), ("aria-controls", "console-nav"), ("aria-label", ConsoleTexts.Menu))
        .Element("label", ConsoleTexts.Menu, ("for", "menu-toggle"), ("class", "menu-button"));

    private static HtmlWriter Start(string title) => new HtmlWriter().Doctype()
        .Open("html", ("lang", "zh-CN")).Open("head")
        .Open("meta", ("charset", "utf-8"))
        .Open("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"))
        .Element("title", $"{title} · {ConsoleTexts.ProductName}")
        .Open("link", ("rel", "stylesheet"), ("href", "/console/assets/console.css"))
        .Open("script", ("src", "/console/assets/console.js"), ("defer", string.Empty)).Close("script")
        .Close("head").Open("body");

    private static IResult Finish(HttpContext http, HtmlWriter html, int statusCode)
    {
        html.Close("body").Close("html");
        var headers = http.Response.Headers;
        headers.CacheControl = "no-store, private";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, statusCode);
    }
}
