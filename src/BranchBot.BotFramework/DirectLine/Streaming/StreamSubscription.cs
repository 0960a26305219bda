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

    public StreamSubscription(Action<StreamSubscription> onDispose, long? watermark)
    {
        _onDispose = onDispose;
        Delivered = watermark;
    }

    public ChannelReader<byte[]> Frames => _frames.Reader;

    /// <summary>The sequence of the last activity this listener has (from its watermark or a frame); null when none.</summary>
    public long? Delivered { get; private set; }

    /// <summary>Queues a frame of activities up to <paramref name="lastSequence"/>; false when the listener is too slow, in which case it has been closed.</summary>
    public bool TryPush(byte[] frame, long lastSequence)
    {
        if (!TryPush(frame))
        {
            return false;
        }

        Delivered = lastSequence;
        return true;
    }

    /// <summary>An empty frame: keeps proxies from closing an idle socket; clients ignore it.</summary>
    public bool TryPushKeepAlive() => TryPush([]);

    public void Complete() => _frames.Writer.TryComplete();

    public void Dispose()
    {
        Complete();
        _onDispose(this);
    }

    private bool TryPush(byte[] frame)
    {
        if (_frames.Writer.TryWrite(frame))
        {
            return true;
        }

        Complete();
        return false;
    }
}
