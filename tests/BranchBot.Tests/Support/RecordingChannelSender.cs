using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Schema;

namespace BranchBot.Tests.Support;

/// <summary>A channel that keeps what the bot sends, per conversation, instead of posting it anywhere.</summary>
internal sealed class RecordingChannelSender : IChannelSender
{
    private readonly List<Activity> _sent = [];
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
            _sent.Add(activity);
        }

        return Task.FromResult(new ResourceResponse($"sent-{Interlocked.Increment(ref _count)}"));
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
