namespace BranchBot.Storage.LiteDb.Engine;

/// <summary>A database file whose writes stop at the first failure (see <see cref="WriteFuse"/>).</summary>
internal sealed class FusedFileStream(FileStream inner, WriteFuse fuse, bool isLog) : Stream
{
    private int _unsynced;

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

    public override void Write(byte[] buffer, int offset, int count) => Guarded(() => inner.Write(buffer, offset, count));

    public override void SetLength(long value) => Guarded(() => inner.SetLength(value));

    // LiteDB flushes to disk only for a FileStream it recognises; this wrapper always goes to the disk: the data file
    // at once, the log at the end of the operation (SyncDeferred). LiteDB's log writer flushes after every page it
    // writes when pages come one at a time (a commit), so syncing each time cost several syncs per commit.
    public override void Flush()
    {
        if (isLog)
        {
            Volatile.Write(ref _unsynced, 1);
            return;
        }

        Guarded(() => inner.Flush(flushToDisk: true));
    }

    /// <summary>Syncs the log to disk if it was written since the last sync; safe once the stream is closed.</summary>
    public void SyncDeferred()
    {
        if (Interlocked.Exchange(ref _unsynced, 0) == 0)
        {
            return;
        }

        try
        {
            Guarded(() => inner.Flush(flushToDisk: true));
        }
        catch (ObjectDisposedException)
        {
            // Closed meanwhile: closing synced it (or its engine was abandoned and its pages are another engine's now).
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
