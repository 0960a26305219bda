using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BranchBot.WebConsole.Shell;

/// <summary>
/// Console pages as Razor components rendered on the server (static rendering, no circuit), with the console's
/// headers: only this server's script and style, forms post back here, never framed, no referrer (links carry
/// tokens), never cached.
/// </summary>
internal static class ConsoleResults
{
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; " +
        "form-action 'self'; frame-ancestors 'none'";

    public static IResult Component<TComponent>(HttpContext http, IReadOnlyDictionary<string, object?> parameters, int statusCode)
        where TComponent : IComponent
    {
        ArgumentNullException.ThrowIfNull(http);
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        // Set as the response starts: issuing an antiforgery token while rendering resets the cache headers.
        http.Response.OnStarting(() =>
        {
            http.Response.Headers.CacheControl = "no-store, private";
            http.Response.Headers.Remove("Pragma");
            return Task.CompletedTask;
        });
        return new RazorComponentResult<TComponent>(parameters) { StatusCode = statusCode, ContentType = "text/html; charset=utf-8" };
    }

    /// <summary>A page outside the signed-in frame: login, refusals, expired links, not found.</summary>
    public static IResult Message(HttpContext http, string title, string text, int statusCode, bool signedIn = false) =>
        Component<MessagePage>(http, new Dictionary<string, object?> { ["Title"] = title, ["Text"] = text, ["SignedIn"] = signedIn }, statusCode);
}
