using BranchBot.BotFramework.DirectLine.Conversations;
using BranchBot.BotFramework.DirectLine.Security;
using BranchBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;

namespace BranchBot.BotFramework.DirectLine.Endpoints;

/// <summary>POST conversations (start or resume) and GET conversations/{id} (reconnect).</summary>
internal static class ConversationEndpoints
{
    /// <summary>
    /// A secret starts a brand-new conversation; a token starts (201) or resumes (200) the conversation it binds.
    /// The bot hears a conversationUpdate only when the conversation is new: not held and without a stored transcript.
    /// </summary>
    public static async Task<IResult> StartAsync(
        HttpRequest request,
        DirectLineAuthenticator authenticator,
        DirectLineConversationStore store,
        DirectLineTurnRunner turns,
        DirectLineTokenService tokens,
        CancellationToken cancellationToken)
    {
        var caller = authenticator.Authenticate(request);
        if (!caller.Succeeded)
        {
            return caller.Failure!;
        }

        var conversationId = caller.Token?.ConversationId ?? DirectLineIds.NewConversationId();
        var userId = caller.Token?.UserId ?? DirectLineIds.NewUserId();
        bool created;
        try
        {
            (_, created) = await store.GetOrCreateAsync(conversationId, cancellationToken);
        }
        catch (DirectLineStoreUnavailableException)
        {
            return DirectLineErrors.StoreUnavailable();
        }

        if (created)
        {
            // A failing bot is logged (and apologised for) by the adapter; the conversation exists either way.
            await turns.SendConversationUpdateAsync(conversationId, userId);
        }

        var issued = tokens.Issue(conversationId, userId);
        var body = ConversationResponse.From(issued, StreamUrl.For(request, conversationId, issued.Token, watermark: null));
        return Results.Json(body, BotJson.Options, statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary>
    /// Reconnect: a fresh token and stream URL. A token holder whose conversation was forgotten (restart, idle)
    /// gets it back with its stored transcript (empty without one); the secret holder gets 404 for an id it does not have.
    /// </summary>
    public static async Task<IResult> ReconnectAsync(
        string conversationId,
        string? watermark,
        HttpRequest request,
        DirectLineAuthenticator authenticator,
        DirectLineConversationStore store,
        DirectLineTokenService tokens,
        CancellationToken cancellationToken)
    {
        var caller = authenticator.AuthenticateFor(request, conversationId);
        if (!caller.Succeeded)
        {
            return caller.Failure!;
        }

        if (!ActivitySetJson.TryParseWatermark(watermark, out var resumeFrom))
        {
            return DirectLineErrors.BadArgument("watermark 参数无效。");
        }

        try
        {
            if (await store.FindAsync(conversationId, cancellationToken) is null)
            {
                if (caller.IsSecret || !DirectLineIds.IsValidConversationId(conversationId))
                {
                    return DirectLineErrors.ConversationNotFound();
                }

                await store.GetOrCreateAsync(conversationId, cancellationToken);
            }
        }
        catch (DirectLineStoreUnavailableException)
        {
            return DirectLineErrors.StoreUnavailable();
        }

        var issued = tokens.Issue(conversationId, caller.Token?.UserId ?? DirectLineIds.NewUserId());
        return Results.Json(ConversationResponse.From(issued, StreamUrl.For(request, conversationId, issued.Token, resumeFrom)), BotJson.Options);
    }
}
