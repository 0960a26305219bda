using BranchBot.BotFramework.DirectLine;
using BranchBot.BotFramework.DirectLine.Security;

namespace BranchBot.ChatPage;

/// <summary>
/// POST /chat/session: the chat page's only private door. It names the browser's user and conversation and hands
/// out a Direct Line token bound to both; everything else goes through the public /v3/directline API.
/// </summary>
internal static class ChatSessionEndpoint
{
    public const string Route = "/chat/session";

    public static IResult Handle(HttpContext context, ChatUserCookie cookie, DirectLineTokenService tokens)
    {
        var identity = cookie.Resolve(context);
        var issued = tokens.Issue(identity.ConversationId, identity.UserId);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(new ChatSession(
            issued.UserId,
            issued.ConversationId,
            issued.Token,
            issued.ExpiresInSeconds,
            $"{context.Request.PathBase}{DirectLineOptions.RoutePrefix}"));
    }

    /// <summary>What the page needs to act as a Direct Line client; <c>domain</c> is the Direct Line base path.</summary>
    private sealed record ChatSession(string UserId, string ConversationId, string Token, int ExpiresIn, string Domain);
}
