namespace BranchBot.Storage.LiteDb.Engine;

/// <summary>
/// Shared by the data and log streams of one engine instance: after the first failed write (a full disk), neither
/// stream writes, truncates or flushes anything more. LiteDB's log writer waits forever for a queue whose write
/// failed (the whole process then hangs on the database), and a checkpoint that half-failed could still truncate
/// the log. With the fuse blown the files stay as they were before the failure: committed transactions are in the
/// log or the data file, the failed one is not confirmed and is ignored on the next open.
/// </summary>
internal sealed class WriteFuse
{
    private Exception? _failure;
    private volatile bool _logFailed;

    public Exception? Failure => Volatile.Read(ref _failure);

    public bool IsBlown => Failure is not null;

    /// <summary>
    /// Whether a write to the log failed: a transaction committed through it may not be confirmed on disk. A failure
    /// of the data file alone (moving the log into it) loses nothing, the log keeps every committed change.
    /// </summary>
    public bool LogFailed => _logFailed;

    public void Blow(Exception failure, bool inLog)
    {
        Interlocked.CompareExchange(ref _failure, failure, null);
        if (inLog)
        {
            _logFailed = true;
        }
    }
}
