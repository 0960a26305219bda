using System.Collections.Concurrent;
using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Schema;

namespace BranchBot.Tests.Support;

/// <summary>Stands in for a channel's Bot Connector service: keeps every reply and proactive send.</summary>
internal sealed class RecordingConnector : IConnectorClient
{
    public ConcurrentQueue<(string ServiceUrl, string ConversationId, string? ReplyToId, Activity Activity)> Calls { get; } = new();

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        Calls.Enqueue((serviceUrl, conversationId, activityId, activity));
        return Task.FromResult(new ResourceResponse($"r{Calls.Count}"));
    }

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, SendAttempts attempts, CancellationToken cancellationToken)
    {
        Calls.Enqueue((serviceUrl, conversationId, null, activity));
        return Task.FromResult(new ResourceResponse($"p{Calls.Count}"));
    }
}
