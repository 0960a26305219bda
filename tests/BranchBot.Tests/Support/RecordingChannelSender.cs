using System.Net;
using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Schema;

namespace BranchBot.Tests.Support;

/// <summary>A channel that keeps what the bot sends, per conversation, instead of posting it anywhere.</summary>
internal sealed class RecordingChannelSender : IChannelSender
{
    private readonly List<Activity> _sent = [];
    private readonly HashSet<string> _failing = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>Everything sent so far and not yet taken by a script.</summary>
    public IReadOnlyList<Activity> Pending
    {
        get
        {
            lock (_sent)
            {
                return [.. _sent];
            }
        }
    }

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        lock (_sent)
        {
            if (activity.Conversation?.Id is { } conversation && _failing.Contains(conversation))
            {
                // What HttpConnectorClient throws once its retries of a 500 are used up.
                throw new ChannelDeliveryException("The channel answered 500 (Internal Server Error).", HttpStatusCode.InternalServerError, isFinal: false);
            }

            _sent.Add(activity);
        }

        return Task.FromResult(new ResourceResponse($"sent-{Interlocked.Increment(ref _count)}"));
    }

    /// <summary>Makes every send into the conversation fail as a channel answering 500 would, until <see cref="Recover"/>.</summary>
    public void FailInto(string conversationId)
    {
        lock (_sent)
        {
            _failing.Add(conversationId);
        }
    }

    public void Recover(string conversationId)
    {
        lock (_sent)
        {
            _failing.Remove(conversationId);
        }
    }

    /// <summary>Removes and returns, in order, what was sent into one conversation.</summary>
    public IReadOnlyList<Activity> TakeFor(string conversationId)
    {
        lock (_sent)
        {
            var mine = _sent.Where(a => a.Conversation?.Id == conversationId).ToList();
            _sent.RemoveAll(a => a.Conversation?.Id == conversationId);
            return mine;
        }
    }
}
