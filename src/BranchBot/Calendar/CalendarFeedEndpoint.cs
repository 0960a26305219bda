using Microsoft.Net.Http.Headers;

namespace BranchBot.Calendar;

/// <summary>GET /calendar/{token}.ics: a member's private meeting calendar, for phone and desktop calendar apps.</summary>
public static class CalendarFeedEndpoint
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/calendar/{token}.ics", async (string token, MemberCalendarFeed feed, HttpContext http, CancellationToken cancellationToken) =>
        {
            // The link is a secret: neither browsers nor proxies may keep a copy of the feed or of a refusal.
            http.Response.Headers[HeaderNames.CacheControl] = "no-store, private";
            http.Response.Headers["X-Robots-Tag"] = "noindex";
            var ics = await feed.RenderAsync(token, cancellationToken);
            return ics is null
                ? Results.Text(CalendarFeedTexts.FeedNotFound, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound)
                : Results.Text(ics, ContentType);
        });
        return app;
    }

    /// <summary>The feed's services (the token store and meeting stores come with the domain and storage).</summary>
    public static IServiceCollection AddCalendarFeed(this IServiceCollection services)
    {
        services.AddSingleton<MemberCalendarFeed>();
        return services;
    }
}
