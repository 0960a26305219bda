namespace BranchBot.ChatPage;

/// <summary>The built-in web chat: GET / (page, script, style) and POST /chat/session.</summary>
public static class ChatPageEndpoints
{
    /// <summary>
    /// Scripts and styles only from this server, no inline code; the page talks to this server only
    /// (HTTP and its own WebSocket stream). Card images may come from anywhere.
    /// </summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: https: http:; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static IEndpointRouteBuilder MapChatPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context) => Serve(context, "index.html"));
        app.MapGet("/chat.js", (HttpContext context) => Serve(context, "chat.js"));
        app.MapGet("/chat.css", (HttpContext context) => Serve(context, "chat.css"));
        app.MapPost(ChatSessionEndpoint.Route, ChatSessionEndpoint.Handle);
        return app;
    }

    private static IResult Serve(HttpContext context, string fileName)
    {
        var asset = ChatPageAssets.Find(fileName);
        if (asset is null)
        {
            return Results.NotFound();
        }

        var headers = context.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.ETag = asset.ETag;
        headers.XContentTypeOptions = "nosniff";
        if (fileName.EndsWith(".html", StringComparison.Ordinal))
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
        }

        return context.Request.Headers.IfNoneMatch.Contains(asset.ETag)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(asset.Content, asset.ContentType);
    }
}
