namespace BranchBot.Storage.LiteDb.Engine;

/// <summary>A database file whose writes stop at the first failure (see <see cref="WriteFuse"/>).</summary>
internal sealed class FusedFileStream(FileStream inner, WriteFuse fuse, bool isLog) : Stream
{
    private readonly Lock _syncing = new();
    private long _written;
    private long _synced;

    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => inner.CanWrite;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void Write(byte[] buffer, int offset, int count)
    {
        Guarded(() => inner.Write(buffer, offset, count));
        if (isLog)
        {
            Interlocked.Increment(ref _written);
        }
    }

    public override void SetLength(long value) => Guarded(() => inner.SetLength(value));

    // LiteDB flushes to disk only for a FileStream it recognises; this wrapper always goes to the disk: the data file
    // at once, the log when the operation ends (SyncDeferred). LiteDB's log writer flushes after every page when pages
    // come one at a time (a commit), so syncing each time cost several syncs per commit.
    public override void Flush()
    {
        if (!isLog)
        {
            Guarded(() => inner.Flush(flushToDisk: true));
        }
    }

    /// <summary>
    /// Returns once every log page written before the call is on disk. Writers finishing together share one sync:
    /// one that waited while another synced finds its pages covered, or syncs everything written up to then.
    /// </summary>
    public void SyncDeferred()
    {
        var target = Interlocked.Read(ref _written);
        if (Interlocked.Read(ref _synced) >= target)
        {
            return;
        }

        lock (_syncing)
        {
            if (Interlocked.Read(ref _synced) >= target)
            {
                return;
            }

            var upTo = Interlocked.Read(ref _written);
            try
            {
                Guarded(() => inner.Flush(flushToDisk: true));
            }
            catch (ObjectDisposedException)
            {
                // Closed meanwhile: closing synced it (or its engine was abandoned and its pages are another engine's now).
            }

            Interlocked.Exchange(ref _synced, upTo);
        }
    }

    // Unbuffered: nothing is left to write when it closes but a deferred sync of the log.
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            SyncDeferred();
            DisposeQuietly();
        }

        base.Dispose(disposing);
    }

    // Closing can report a failure the fuse already holds; keep the first one.
    private void DisposeQuietly()
    {
        try
        {
            inner.Dispose();
        }
        catch (IOException failure)
        {
            fuse.Blow(failure, isLog);
        }
    }

    private void Guarded(Action write)
    {
        if (fuse.IsBlown)
        {
            return;
        }

        try
        {
            write();
        }
        catch (IOException failure)
        {
            fuse.Blow(failure, isLog);
        }
    }
}
