using System.Collections.Concurrent;
using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Schema;

namespace BranchBot.Tests.Support;

/// <summary>A channel that keeps what the bot sends instead of posting it anywhere.</summary>
internal sealed class RecordingChannelSender : IChannelSender
{
    private int _count;

    public ConcurrentQueue<Activity> Sent { get; } = new();

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        Sent.Enqueue(activity);
        return Task.FromResult(new ResourceResponse($"sent-{Interlocked.Increment(ref _count)}"));
    }
}
