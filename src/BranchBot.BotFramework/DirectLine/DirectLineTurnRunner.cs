using System.Text.Json;
using BranchBot.BotFramework.DirectLine.Conversations;
using BranchBot.BotFramework.Hosting;
using BranchBot.BotFramework.Schema;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BranchBot.BotFramework.DirectLine;

/// <summary>
/// How Direct Line activities reach the bot: addressed server-side (the user id comes from the token, never from
/// the client), kept in the transcript, then run through <see cref="BotAdapter"/>, one turn at a time per
/// conversation. Turns are cancelled only when the host stops, not when a client hangs up mid-turn.
/// </summary>
internal sealed class DirectLineTurnRunner(BotAdapter adapter, IOptions<DirectLineOptions> options, TimeProvider time, IHostApplicationLifetime lifetime)
{
    private ChannelAccount Bot => new() { Id = options.Value.BotId, Name = options.Value.BotName, Role = "bot" };

    /// <summary>Tells the bot that the user and the bot joined a new conversation; not kept in the transcript.</summary>
    public async Task<TurnOutcome> SendConversationUpdateAsync(string conversationId, string userId)
    {
        var user = new ChannelAccount { Id = userId, Role = "user" };
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = $"{conversationId}|{DirectLineIds.Random()}",
            Timestamp = time.GetUtcNow(),
            ChannelId = DirectLineOptions.ChannelId,
            ServiceUrl = options.Value.ServiceUrl,
            From = user,
            Recipient = Bot,
            Conversation = new ConversationAccount { Id = conversationId },
            MembersAdded = [new ChannelAccount { Id = userId, Role = "user" }, Bot],
        };
        return await adapter.ProcessActivityAsync(update, lifetime.ApplicationStopping);
    }

    /// <summary>
    /// Addresses the client's activity, appends it (so the client sees its echo) and runs the bot's turn.
    /// Throws <see cref="DirectLineStoreUnavailableException"/> (before the turn) when the shared database cannot be reached.
    /// </summary>
    public async Task<(string ActivityId, TurnOutcome Outcome)> RunUserActivityAsync(DirectLineConversation conversation, Activity activity, string userId)
    {
        activity.From = new ChannelAccount { Id = userId, Role = "user" };
        activity.Recipient = Bot;
        activity.Conversation = new ConversationAccount { Id = conversation.Id };
        activity.ChannelId = DirectLineOptions.ChannelId;
        activity.ServiceUrl = options.Value.ServiceUrl;
        var stored = await conversation.AppendAsync(activity, time.GetUtcNow(), lifetime.ApplicationStopping);

        // The bot gets its own copy, so nothing it changes leaks into the transcript.
        var forBot = JsonSerializer.Deserialize<Activity>(stored.Json, BotJson.Options)!;
        var outcome = await adapter.ProcessActivityAsync(forBot, lifetime.ApplicationStopping);
        return (stored.Id, outcome);
    }
}
