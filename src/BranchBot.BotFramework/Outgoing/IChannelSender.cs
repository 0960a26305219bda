using BranchBot.BotFramework.Schema;

namespace BranchBot.BotFramework.Outgoing;

/// <summary>Delivers a fully addressed activity (serviceUrl, conversation, optional replyToId) to its channel.</summary>
public interface IChannelSender
{
    Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken);
}
