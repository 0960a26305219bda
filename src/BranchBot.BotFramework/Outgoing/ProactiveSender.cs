using BranchBot.BotFramework.Schema;

namespace BranchBot.BotFramework.Outgoing;

/// <summary>Sends into a conversation the bot was told about earlier, from a stored reference.</summary>
public sealed class ProactiveSender(IChannelSender sender)
{
    public Task<ResourceResponse> SendAsync(ConversationReference reference, Activity activity, SendAttempts attempts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(activity);
        activity.Type ??= ActivityTypes.Message;
        activity.ChannelId = reference.ChannelId;
        activity.ServiceUrl = reference.ServiceUrl;
        activity.Conversation = reference.Conversation;
        activity.From = reference.Bot;
        activity.Recipient = reference.User;
        activity.Locale ??= reference.Locale;
        activity.ReplyToId = null;
        return sender.SendAsync(activity, attempts, cancellationToken);
    }
}
