using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BranchBot.BotFramework.DirectLine.Endpoints;

/// <summary>
/// Any web page may talk to Direct Line (access is the token's business, not the origin's), so every answer
/// allows any origin and preflights are answered here. Done on the route group itself so the host needs no
/// CORS middleware. No credentials mode: tokens travel in the Authorization header, never in cookies.
/// </summary>
internal static class DirectLineCors
{
    private const string AllowedHeaders = "authorization, content-type, x-ms-bot-agent, x-requested-with";
    private const string AllowedMethods = "GET, POST, OPTIONS";

    public static RouteGroupBuilder WithAnyOrigin(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.AccessControlAllowOrigin = "*";
            return await next(context);
        });
        group.MapMethods("{**path}", [HttpMethods.Options], Preflight);
        return group;
    }

    private static IResult Preflight(HttpResponse response)
    {
        response.Headers.AccessControlAllowOrigin = "*";
        response.Headers.AccessControlAllowMethods = AllowedMethods;
        response.Headers.AccessControlAllowHeaders = AllowedHeaders;
        response.Headers.AccessControlMaxAge = "600";
        return Results.NoContent();
    }
}
