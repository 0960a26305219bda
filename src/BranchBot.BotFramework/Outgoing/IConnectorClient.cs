using BranchBot.BotFramework.Schema;

namespace BranchBot.BotFramework.Outgoing;

/// <summary>The Bot Connector REST API of a channel, addressed by the activity's serviceUrl.</summary>
public interface IConnectorClient
{
    /// <summary>POST /v3/conversations/{conversationId}/activities/{activityId}; a reply within a turn keeps the client's retries.</summary>
    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary>POST /v3/conversations/{conversationId}/activities (proactive), tried as <paramref name="attempts"/> says.</summary>
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, SendAttempts attempts, CancellationToken cancellationToken);
}
