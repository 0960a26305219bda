using BranchBot.BotFramework.DirectLine.Conversations;
using BranchBot.BotFramework.DirectLine.Security;
using BranchBot.BotFramework.Hosting;
using BranchBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BranchBot.BotFramework.DirectLine.Endpoints;

/// <summary>POST and GET conversations/{id}/activities.</summary>
internal static class ActivityEndpoints
{
    /// <summary>What a client may post; invokes and the like are the channel's business, not the client's.</summary>
    private static readonly HashSet<string> ClientActivityTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message,
        ActivityTypes.Event,
        ActivityTypes.Typing,
        ActivityTypes.MessageReaction,
    };

    /// <summary>Answers 200 {id} once the bot's turn has run, 502 when the bot failed.</summary>
    public static async Task<IResult> PostAsync(
        string conversationId,
        HttpRequest request,
        DirectLineAuthenticator authenticator,
        DirectLineConversationStore store,
        DirectLineTurnRunner turns,
        IOptions<BotFrameworkOptions> limits,
        CancellationToken cancellationToken)
    {
        var caller = authenticator.AuthenticateFor(request, conversationId);
        if (!caller.Succeeded)
        {
            return caller.Failure!;
        }

        DirectLineConversation? conversation;
        try
        {
            conversation = await store.FindAsync(conversationId, cancellationToken);
        }
        catch (DirectLineStoreUnavailableException)
        {
            return DirectLineErrors.StoreUnavailable();
        }

        if (conversation is null)
        {
            return DirectLineErrors.ConversationNotFound();
        }

        var (activity, error) = await JsonBody.ReadAsync<Activity>(request, limits.Value.MaxRequestBodyBytes, allowEmpty: false, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (string.IsNullOrWhiteSpace(activity!.Type))
        {
            return DirectLineErrors.MissingProperty("type");
        }

        if (!ClientActivityTypes.Contains(activity.Type))
        {
            return DirectLineErrors.BadArgument($"不支持的活动类型：{activity.Type}。");
        }

        // A token fixes the user; only the secret holder (a trusted server) may speak for a user of its choice.
        var userId = caller.Token?.UserId ?? activity.From?.Id;
        if (!DirectLineIds.IsValidUserId(userId))
        {
            return DirectLineErrors.MissingProperty("from.id");
        }

        string activityId;
        TurnOutcome outcome;
        try
        {
            (activityId, outcome) = await turns.RunUserActivityAsync(conversation, activity, userId!);
        }
        catch (DirectLineStoreUnavailableException)
        {
            return DirectLineErrors.StoreUnavailable();
        }

        return outcome.Failed
            ? DirectLineErrors.BotFailed()
            : Results.Json(new ResourceResponse(activityId), BotJson.Options);
    }

    /// <summary>Shared conversations are brought up to date first: the answer holds what any instance appended.</summary>
    public static async Task<IResult> GetAsync(
        string conversationId,
        string? watermark,
        HttpRequest request,
        DirectLineAuthenticator authenticator,
        DirectLineConversationStore store,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var caller = authenticator.AuthenticateFor(request, conversationId);
        if (!caller.Succeeded)
        {
            return caller.Failure!;
        }

        if (!ActivitySetJson.TryParseWatermark(watermark, out var after))
        {
            return DirectLineErrors.BadArgument("watermark 参数无效。");
        }

        DirectLineConversation? conversation;
        try
        {
            conversation = await store.FindAsync(conversationId, cancellationToken);
        }
        catch (DirectLineStoreUnavailableException)
        {
            return DirectLineErrors.StoreUnavailable();
        }

        if (conversation is null)
        {
            return DirectLineErrors.ConversationNotFound();
        }

        await conversation.SyncAsync(cancellationToken);
        var (activities, next) = conversation.ReadAfter(after, time.GetUtcNow());
        return Results.Bytes(ActivitySetJson.Write(activities, next), "application/json; charset=utf-8");
    }
}
