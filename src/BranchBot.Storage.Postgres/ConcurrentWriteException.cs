namespace BranchBot.Storage.Postgres;

/// <summary>
/// Another writer (possibly another instance) got there first: a number taken, an invite or code already used. The
/// unique constraint or the row lock that caught it kept the data right; the caller's action did not happen.
/// </summary>
public sealed class ConcurrentWriteException : InvalidOperationException
{
    public ConcurrentWriteException()
    {
    }

    public ConcurrentWriteException(string message)
        : base(message)
    {
    }

    public ConcurrentWriteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
