namespace BranchBot.Storage.LiteDb;

/// <summary>
/// Counts the writes of one kind of document made through a <see cref="LiteDbContext"/> (every store of the process,
/// every branch's container), so a store may keep what it read until the count moves. Recorded inside the writing
/// transaction: in shared mode that transaction holds the file until it commits, so a read that saw the count after
/// the write was recorded also sees the write.
/// </summary>
public sealed class WriteCounter
{
    private long _writes;

    public long Writes => Interlocked.Read(ref _writes);

    public void Record() => Interlocked.Increment(ref _writes);
}
