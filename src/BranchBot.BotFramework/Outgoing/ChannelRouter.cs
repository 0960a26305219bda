using BranchBot.BotFramework.Schema;

namespace BranchBot.BotFramework.Outgoing;

/// <summary>Sends to a local channel when one owns the serviceUrl, otherwise through the Bot Connector.</summary>
public sealed class ChannelRouter(IEnumerable<ILocalChannel> localChannels, IConnectorClient connector) : IChannelSender
{
    private readonly ILocalChannel[] _localChannels = [.. localChannels];

    public Task<ResourceResponse> SendAsync(Activity activity, SendAttempts attempts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var serviceUrl = activity.ServiceUrl ?? throw new ArgumentException("The activity has no serviceUrl.", nameof(activity));
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation.", nameof(activity));

        foreach (var local in _localChannels)
        {
            if (local.Owns(serviceUrl))
            {
                return local.DeliverAsync(activity, cancellationToken);
            }
        }

        return string.IsNullOrEmpty(activity.ReplyToId)
            ? connector.SendToConversationAsync(serviceUrl, conversationId, activity, attempts, cancellationToken)
            : connector.ReplyToActivityAsync(serviceUrl, conversationId, activity.ReplyToId, activity, cancellationToken);
    }
}
