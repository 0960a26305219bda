using BranchBot.BotFramework.Schema;

namespace BranchBot.BotFramework.Outgoing;

/// <summary>
/// Delivers a fully addressed activity (serviceUrl, conversation, optional replyToId) to its channel. A send without a
/// replyToId is tried as <see cref="SendAttempts"/> says; a reply within a turn keeps the client's retries, and a
/// channel served in this process takes the activity at once.
/// </summary>
public interface IChannelSender
{
    Task<ResourceResponse> SendAsync(Activity activity, SendAttempts attempts, CancellationToken cancellationToken);
}
