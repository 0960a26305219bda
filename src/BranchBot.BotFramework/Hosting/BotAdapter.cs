using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Schema;
using BranchBot.BotFramework.Turns;
using Microsoft.Extensions.Logging;

namespace BranchBot.BotFramework.Hosting;

/// <summary>
/// Runs one incoming activity through the bot: one turn at a time per conversation, replies through the
/// channel it came from. A failing bot is logged and apologised for; it never surfaces as a client error.
/// </summary>
public sealed partial class BotAdapter(IBot bot, IChannelSender sender, ConversationTurnGate gate, ILogger<BotAdapter> logger)
{
    public const string TurnErrorText = "抱歉，处理这条消息时出了点问题，请稍后再试。";

    public Task<TurnOutcome> ProcessActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var key = $"{activity.ChannelId}|{activity.Conversation?.Id}";
        return gate.RunAsync(key, () => RunTurnAsync(activity, cancellationToken), cancellationToken);
    }

    private async Task<TurnOutcome> RunTurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        var context = new TurnContext(activity, sender);
        try
        {
            await bot.OnTurnAsync(context, cancellationToken);
            return new TurnOutcome(context.InvokeResponse, Failed: false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            LogTurnFailed(logger, exception, activity.Type, activity.ChannelId, activity.Conversation?.Id);
            await TryApologiseAsync(context, activity, cancellationToken);
            return new TurnOutcome(null, Failed: true);
        }
    }

    private async Task TryApologiseAsync(TurnContext context, Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Type != ActivityTypes.Message)
        {
            return;
        }

        try
        {
            await context.SendActivityAsync(Activity.CreateMessage(TurnErrorText), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogApologyFailed(logger, exception, activity.Conversation?.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for {ActivityType} on {ChannelId} conversation {ConversationId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityType, string? channelId, string? conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell conversation {ConversationId} that its turn failed")]
    private static partial void LogApologyFailed(ILogger logger, Exception exception, string? conversationId);
}

/// <summary>What a turn produced for the caller: an invoke answer, or that the bot failed.</summary>
public sealed record TurnOutcome(InvokeResponse? InvokeResponse, bool Failed);
