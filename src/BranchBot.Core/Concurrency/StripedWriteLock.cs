namespace BranchBot.Core.Concurrency;

/// <summary>
/// A feature's write lock with a second, finer grain: a write of one keyed record (one member's attendance at one
/// meeting, one member's 谈心 draft) holds only its key's stripe, so writes of different keys run side by side and share
/// the store's disk syncs; a write of anything wider holds the feature alone and waits for the keyed writes under way.
/// </summary>
public abstract class StripedWriteLock : IDisposable
{
    // Striped rather than one lock per key: the same key always maps to the same stripe, nothing to clean up.
    private const int Stripes = 64;

    private readonly SharedExclusiveGate _feature = new();
    private readonly SemaphoreSlim[] _keys = [.. Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>Runs a write with the feature to itself.</summary>
    public Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken) =>
        _feature.RunExclusiveAsync(write, cancellationToken);

    /// <summary>Runs a write of the one record <paramref name="key"/> names.</summary>
    protected Task<T> RunForKeyAsync<T>(string key, Func<Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(write);
        var stripe = _keys[StripeOf(key)];
        return _feature.RunSharedAsync(async () =>
        {
            await stripe.WaitAsync(cancellationToken);
            try
            {
                return await write();
            }
            finally
            {
                stripe.Release();
            }
        }, cancellationToken);
    }

    /// <summary>
    /// The key's stripe, the same in every process (FNV-1a): string hash codes are randomised per process, which made
    /// two given keys share a stripe in one run in 64 and made tests that need them apart fail now and then.
    /// </summary>
    internal static int StripeOf(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(hash % Stripes);
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
            _feature.Dispose();
            foreach (var stripe in _keys)
            {
                stripe.Dispose();
            }
        }
    }
}
