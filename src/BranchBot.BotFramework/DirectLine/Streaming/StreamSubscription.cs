using System.Threading.Channels;

namespace BranchBot.BotFramework.DirectLine.Streaming;

/// <summary>
/// The frames waiting for one WebSocket listener. A listener that falls too far behind is dropped: its client
/// reconnects with its watermark and catches up, which is cheaper than buffering without bound.
/// </summary>
internal sealed class StreamSubscription : IDisposable
{
    public const int MaxPendingFrames = 64;

    private readonly Channel<byte[]> _frames = Channel.CreateBounded<byte[]>(
        new BoundedChannelOptions(MaxPendingFrames) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly Action<StreamSubscription> _onDispose;

    public StreamSubscription(Action<StreamSubscription> onDispose) => _onDispose = onDispose;

    public ChannelReader<byte[]> Frames => _frames.Reader;

    /// <summary>Queues a frame; false when the listener is too slow, in which case it has been closed.</summary>
    public bool TryPush(byte[] frame)
    {
        if (_frames.Writer.TryWrite(frame))
        {
            return true;
        }

        Complete();
        return false;
    }

    /// <summary>An empty frame: keeps proxies from closing an idle socket; clients ignore it.</summary>
    public bool TryPushKeepAlive() => TryPush([]);

    public void Complete() => _frames.Writer.TryComplete();

    public void Dispose()
    {
        Complete();
        _onDispose(this);
    }
}
