namespace BranchBot.Storage.LiteDb.Engine;

/// <summary>A database file whose writes stop at the first failure (see <see cref="WriteFuse"/>).</summary>
internal sealed class FusedFileStream(FileStream inner, WriteFuse fuse, bool isLog) : Stream
{
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

    // LiteDB flushes to disk only for a FileStream it recognises; this wrapper always goes to the disk.
    public override void Flush() => Guarded(() => inner.Flush(flushToDisk: true));

    // Unbuffered: nothing is left to write when it closes. LiteDB flushes to disk at its commit points (Flush above).
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
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
