using BranchBot.Core.WebConsole;
using BranchBot.WebConsole.Access;
using BranchBot.WebConsole.Pages;
using BranchBot.WebConsole.Pages.Broadcasts;
using BranchBot.WebConsole.Pages.Dues;
using BranchBot.WebConsole.Pages.Knowledge;
using BranchBot.WebConsole.Pages.Ledger;
using BranchBot.WebConsole.Pages.Meetings;
using BranchBot.WebConsole.Pages.Members;
using BranchBot.WebConsole.Pages.Organisation;
using BranchBot.WebConsole.Pages.Overview;
using BranchBot.WebConsole.Pages.PartyDevelopment;
using BranchBot.WebConsole.Pages.Talks;
using BranchBot.WebConsole.Shell;

namespace BranchBot.WebConsole;

/// <summary>
/// The secretary console under /console: the login link, logout, assets, then every page and action on its own
/// route behind <see cref="ConsoleGateFilter"/> (session, committee or 党委 role, the endpoint's audience, and for POST
/// a readable form with the antiforgery token). Anything else under /console is a Chinese 404 page, after the same gate.
/// </summary>
public static class ConsoleEndpoints
{
    public const string SignInPath = "/console/signin";

    public static IEndpointRouteBuilder MapWebConsole(this IEndpointRouteBuilder app)
    {
        app.MapGet("/console/assets/{file}", (string file, HttpContext http) => ConsoleAssets.Serve(http, file));
        app.MapGet(SignInPath, (HttpContext http) =>
            ConsoleResults.Message(http, ConsoleTexts.SignInTitle, ConsoleTexts.SignIn, StatusCodes.Status401Unauthorized));
        app.MapGet(ConsoleLoginLinks.LoginPath, ConsoleLogin.ShowAsync);
        app.MapPost(ConsoleLoginLinks.LoginPath, ConsoleLogin.SignInAsync);
        app.MapPost("/console/logout", LogoutAsync);

        var console = app.MapGroup("/console").AddEndpointFilter<ConsoleGateFilter>();
        OverviewEndpoints.Map(console);
        MeetingsEndpoints.Map(console);
        LedgerEndpoints.Map(console);
        TalksEndpoints.Map(console);
        DuesEndpoints.Map(console);
        DevelopmentEndpoints.Map(console);
        BroadcastsEndpoints.Map(console);
        MembersEndpoints.Map(console);
        KnowledgeEndpoints.Map(console);
        OrganisationEndpoints.Map(console);
        console.MapGet("/audit", (HttpContext http) => ConsoleRequest.Of(http).Page<AuditPage>(new Dictionary<string, object?>()));
        console.Map("/{**unknown}", (HttpContext http) => ConsoleRequest.Of(http).NotFound()).WithMetadata(ConsolePageAudience.AnyViewer);
        return app;
    }

    private static async Task<IResult> LogoutAsync(
        HttpContext http, ConsoleSession sessions, IConsoleSignOuts signOuts, ConsoleMembers members, TimeProvider time, CancellationToken cancellationToken)
    {
        var session = sessions.Read(http);
        if (session is not null && await ConsoleAntiforgery.IsValidAsync(http, cancellationToken))
        {
            // Ended on the server too: a copy of the cookie stops working with the browser's.
            await signOuts.EndSessionAsync(session.SessionId, session.ExpiresAt, time.GetUtcNow(), cancellationToken);
            var (member, branch) = await members.FindAsync(session.MemberId, cancellationToken);
            await branch.GetRequiredService<ConsoleAudit>().RecordAsync(member, "退出", null, cancellationToken);
            ConsoleSession.End(http);
        }

        return ConsoleResults.Message(http, ConsoleTexts.LoggedOutTitle, ConsoleTexts.LoggedOut, StatusCodes.Status200OK);
    }
}
