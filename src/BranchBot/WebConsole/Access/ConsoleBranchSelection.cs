using BranchBot.Core.Organisation;
using BranchBot.Core.Organisation.Oversight;
using BranchBot.Organisation;
using BranchBot.WebConsole.Shell;

namespace BranchBot.WebConsole.Access;

/// <summary>
/// Before a console page runs: finds the branch the request is for (the signed-in member's own, or one a 党委 role
/// holder chose with <c>b=</c>, remembered in a cookie) and, for a branch other than the first, makes the request's
/// services that branch's (<see cref="BranchRequestServices"/>), so every page, form, export and audit entry is that
/// branch's. While the organisation has one branch and nobody chose one, it costs one volatile read.
/// </summary>
public static class ConsoleBranchSelection
{
    public const string QueryKey = "b";
    public const string CookieName = "branchbot_console_branch";

    public static IApplicationBuilder UseConsoleBranches(this IApplicationBuilder app) => app.Use(SelectAsync);

    private static async Task SelectAsync(HttpContext http, RequestDelegate next)
    {
        if (!IsBranchPath(http.Request.Path))
        {
            await next(http);
            return;
        }

        var root = http.RequestServices;
        var scopes = root.GetRequiredService<IBranchScopes>();
        var (asked, fromQuery) = Asked(http);
        if (asked is null && !fromQuery && scopes.ServesOnlyPrimary)
        {
            await next(http);
            return;
        }

        var cancellationToken = http.RequestAborted;
        var session = root.GetRequiredService<ConsoleSession>().Read(http);
        if (session is null || await root.GetRequiredService<SenderBranchIndex>().BranchOfMemberAsync(session.MemberId, cancellationToken) is not { } home)
        {
            await next(http);
            return;
        }

        var viewed = home;
        if (asked is not null)
        {
            if (await root.GetRequiredService<OversightAccess>().OverseesBranchAsync(session.MemberId, asked, cancellationToken))
            {
                viewed = asked;
            }
            else if (fromQuery && asked != home)
            {
                await ConsoleResults.Message(http, ConsoleTexts.BranchNotOverseenTitle, ConsoleTexts.BranchNotOverseen, StatusCodes.Status403Forbidden, signedIn: true)
                    .ExecuteAsync(http);
                return;
            }
        }

        var chosen = asked is not null && viewed == asked;
        if (fromQuery || (asked is not null && !chosen))
        {
            Remember(http, chosen ? viewed : null);
        }

        http.Features.Set(new ConsoleBranchView(home, viewed, chosen));
        if (viewed != scopes.PrimaryBranchId)
        {
            var scope = scopes.For(viewed).CreateAsyncScope();
            http.Response.RegisterForDisposeAsync(scope);
            http.RequestServices = new BranchRequestServices(scope.ServiceProvider, root);
        }

        await next(http);
    }

    /// <summary>The pages behind the gate; login, logout and assets find their member's branch themselves.</summary>
    private static bool IsBranchPath(PathString path) =>
        path.StartsWithSegments("/console", StringComparison.Ordinal)
        && !path.StartsWithSegments("/console/assets", StringComparison.Ordinal)
        && !path.StartsWithSegments("/console/login", StringComparison.Ordinal)
        && !path.StartsWithSegments("/console/logout", StringComparison.Ordinal)
        && !path.StartsWithSegments(ConsoleEndpoints.SignInPath, StringComparison.Ordinal);

    /// <summary>A branch asked for by a GET's <c>b=</c> (empty: one's own), else the one remembered.</summary>
    private static (string? Branch, bool FromQuery) Asked(HttpContext http)
    {
        if (HttpMethods.IsGet(http.Request.Method) && http.Request.Query.TryGetValue(QueryKey, out var query))
        {
            var value = query.FirstOrDefault()?.Trim();
            return (string.IsNullOrEmpty(value) ? null : value, true);
        }

        var remembered = http.Request.Cookies[CookieName];
        return (string.IsNullOrEmpty(remembered) ? null : remembered, false);
    }

    private static void Remember(HttpContext http, string? branchId)
    {
        var options = new CookieOptions { Path = "/console", HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, IsEssential = true };
        if (branchId is null)
        {
            http.Response.Cookies.Delete(CookieName, options);
        }
        else
        {
            options.MaxAge = ConsoleSession.Lifetime;
            http.Response.Cookies.Append(CookieName, branchId, options);
        }
    }
}
