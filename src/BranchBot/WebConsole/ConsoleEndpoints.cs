using BranchBot.Core.Membership;
using BranchBot.Core.WebConsole;
using BranchBot.WebConsole.Access;
using BranchBot.WebConsole.Html;
using BranchBot.WebConsole.Pages;

namespace BranchBot.WebConsole;

/// <summary>
/// The secretary console under /console: the login link, logout, assets, and every registered page. All page
/// requests pass the gate first: a session, a member who is still active and on the committee, and for POST the
/// form's CSRF token.
/// </summary>
public static class ConsoleEndpoints
{
    public const string SignInPath = "/console/signin";

    public static IEndpointRouteBuilder MapWebConsole(this IEndpointRouteBuilder app)
    {
        app.MapGet("/console/assets/{file}", (string file, HttpContext http) => ConsoleAssets.Serve(http, file));
        app.MapGet(SignInPath, (HttpContext http, ConsoleLayout layout) =>
            layout.Message(http, ConsoleTexts.SignInTitle, ConsoleTexts.SignIn, StatusCodes.Status401Unauthorized));
        app.MapGet(ConsoleLoginLinks.LoginPath, ConsoleLogin.ShowAsync);
        app.MapPost(ConsoleLoginLinks.LoginPath, ConsoleLogin.SignInAsync).DisableAntiforgery();
        app.MapPost("/console/logout", LogoutAsync).DisableAntiforgery();
        app.MapGet("/console", (HttpContext http, CancellationToken ct) => DispatchAsync(http, null, null, ct));
        app.MapGet("/console/{slug}/{action?}", (HttpContext http, string slug, string? action, CancellationToken ct) => DispatchAsync(http, slug, action, ct));
        app.MapPost("/console/{slug}/{action}", (HttpContext http, string slug, string action, CancellationToken ct) => DispatchAsync(http, slug, action, ct))
            .DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> DispatchAsync(HttpContext http, string? slug, string? action, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        var layout = services.GetRequiredService<ConsoleLayout>();
        var gate = await services.GetRequiredService<ConsoleGate>().CheckAsync(http, cancellationToken);
        if (gate.Status == GateStatus.NoSession)
        {
            return WantsHtml(http.Request)
                ? Results.Redirect(SignInPath)
                : Results.Text(ConsoleTexts.SignIn, "text/plain; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized);
        }

        var audit = services.GetRequiredService<ConsoleAudit>();
        if (gate.Status == GateStatus.NotCommittee)
        {
            await audit.RecordAsync(gate.Member, "拒绝访问", http.Request.Path, cancellationToken, allowed: false);
            ConsoleSession.End(http);
            return layout.Message(http, ConsoleTexts.RefusedTitle, ConsoleTexts.Refused, StatusCodes.Status403Forbidden);
        }

        var isPost = HttpMethods.IsPost(http.Request.Method);
        if (isPost && http.Request.HasFormContentType && await RequestForms.TryReadAsync(http.Request, cancellationToken) is null)
        {
            return layout.Message(http, ConsoleTexts.UnreadableTitle, ConsoleTexts.Unreadable, StatusCodes.Status400BadRequest, gate.Member);
        }

        if (isPost && !await CsrfMatchesAsync(http, gate.Session!, cancellationToken))
        {
            await audit.RecordAsync(gate.Member, "拒绝提交（表单令牌无效）", http.Request.Path, cancellationToken, allowed: false);
            return layout.Message(http, ConsoleTexts.CsrfTitle, ConsoleTexts.Csrf, StatusCodes.Status403Forbidden, gate.Member);
        }

        var pages = services.GetServices<IConsolePage>().OrderBy(p => p.Order).ToList();
        var page = slug is null ? pages.FirstOrDefault() : pages.FirstOrDefault(p => string.Equals(p.Slug, slug, StringComparison.Ordinal));
        if (page is null)
        {
            return layout.Message(http, ConsoleTexts.NotFoundTitle, ConsoleTexts.NotFound, StatusCodes.Status404NotFound, gate.Member);
        }

        var request = new ConsoleRequest(http, gate.Member!, gate.Session!, page, action, layout, audit);
        return isPost ? await page.PostAsync(request, cancellationToken) : await page.GetAsync(request, cancellationToken);
    }

    private static async Task<IResult> LogoutAsync(
        HttpContext http, ConsoleSession sessions, IConsoleSignOuts signOuts, IMembershipStore members, ConsoleLayout layout, ConsoleAudit audit,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var session = sessions.Read(http);
        if (session is not null && await CsrfMatchesAsync(http, session, cancellationToken))
        {
            // Ended on the server too: a copy of the cookie stops working with the browser's.
            await signOuts.EndSessionAsync(session.SessionId, session.ExpiresAt, time.GetUtcNow(), cancellationToken);
            await audit.RecordAsync(await members.GetMemberAsync(session.MemberId, cancellationToken), "退出", null, cancellationToken);
            ConsoleSession.End(http);
        }

        return layout.Message(http, ConsoleTexts.LoggedOutTitle, ConsoleTexts.LoggedOut, StatusCodes.Status200OK);
    }

    private static async Task<bool> CsrfMatchesAsync(HttpContext http, SessionClaims session, CancellationToken cancellationToken) =>
        await RequestForms.TryReadAsync(http.Request, cancellationToken) is { } form
        && ConsoleSession.CsrfMatches(session, form[ConsoleSession.CsrfField].FirstOrDefault());

    /// <summary>Browsers navigating ask for HTML; scripts and API clients get a plain 401 instead of a redirect.</summary>
    private static bool WantsHtml(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
}
