using Microsoft.Net.Http.Headers;

namespace BranchBot.Calendar;

/// <summary>
/// GET /calendar/{token}.ics: a member's private meeting calendar, for phone and desktop calendar apps, from the
/// member's own branch (<see cref="CalendarFeedBranches"/>).
/// </summary>
public static class CalendarFeedEndpoint
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/calendar/{token}.ics", async (string token, CalendarFeedBranches branches, HttpContext http, CancellationToken cancellationToken) =>
        {
            // The link is a secret: neither browsers nor proxies may keep a copy of the feed or of a refusal.
            http.Response.Headers[HeaderNames.CacheControl] = "no-store, private";
            http.Response.Headers["X-Robots-Tag"] = "noindex";
            // The feed of the token's member's branch: its meetings, its roster, its zone.
            var feed = (await branches.ServicesForAsync(token, cancellationToken)).GetRequiredService<MemberCalendarFeed>();
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
        services.AddSingleton<CalendarFeedBranches>();
        return services;
    }
}
