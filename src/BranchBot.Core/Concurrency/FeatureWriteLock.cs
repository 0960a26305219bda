namespace BranchBot.Core.Concurrency;

/// <summary>
/// One writer at a time for a feature's read-check-write sequences in this process. Each feature has its own subclass,
/// so features do not wait on each other and each service asks for exactly its own lock.
/// </summary>
public abstract class FeatureWriteLock : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await write();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gate.Dispose();
        }
    }
}
