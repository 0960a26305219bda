namespace BranchBot.Core.Storage;

/// <summary>Why the database refused an operation that is not the caller's fault.</summary>
public enum StorageProblem
{
    /// <summary>The disk (or quota) holding the database is full: nothing was written.</summary>
    DiskFull,

    /// <summary>Another operation held the database for longer than the lock timeout.</summary>
    Busy,

    /// <summary>The disk refused a write for another reason (an I/O error); nothing of the operation was kept.</summary>
    WriteFailed,
}

/// <summary>
/// The database cannot take the operation right now. Front ends answer it in words (chat) or with 503 (HTTP)
/// instead of treating it as a bug; the data already stored is untouched.
/// </summary>
public sealed class StorageUnavailableException(StorageProblem problem, string message, Exception? inner = null)
    : IOException(message, inner)
{
    public StorageProblem Problem { get; } = problem;

    /// <summary>The storage problem behind <paramref name="exception"/> or any exception inside it, if there is one.</summary>
    public static StorageUnavailableException? Find(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is StorageUnavailableException storage)
            {
                return storage;
            }

            if (current is AggregateException aggregate)
            {
                return aggregate.InnerExceptions.Select(Find).FirstOrDefault(found => found is not null);
            }
        }

        return null;
    }
}
