namespace BranchBot.Core.Concurrency;

/// <summary>
/// A feature's write lock with a second, finer grain: a write of one keyed record (one member's attendance at one
/// meeting, one member's 谈心 draft) holds only its key, so writes of different keys run side by side and share the
/// store's disk syncs; a write of anything wider holds the feature alone and waits for the keyed writes under way.
/// </summary>
/// <remarks>
/// One gate per key, not a fixed set of stripes keys hash into: with 64 stripes, a member's answer waited behind
/// another member's 谈心 submission (tens of ms for its group commit) whenever their keys shared a stripe, which under
/// load was one turn in a dozen. A key's gate lives while someone holds or waits for it, so memory is bounded by the
/// writes under way.
/// </remarks>
public abstract class KeyedWriteLock : IDisposable
{
    private readonly SharedExclusiveGate _feature = new();
    private readonly Dictionary<string, KeyGate> _keys = new(StringComparer.Ordinal);

    /// <summary>Runs a write with the feature to itself.</summary>
    public Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken) =>
        _feature.RunExclusiveAsync(write, cancellationToken);

    /// <summary>How many keys have a gate now (tests: gates are dropped when their last user leaves).</summary>
    internal int KeysHeld
    {
        get
        {
            lock (_keys)
            {
                return _keys.Count;
            }
        }
    }

    /// <summary>Runs a write of the one record <paramref name="key"/> names.</summary>
    protected Task<T> RunForKeyAsync<T>(string key, Func<Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(write);
        return _feature.RunSharedAsync(async () =>
        {
            var gate = Join(key);
            try
            {
                await gate.Turn.WaitAsync(cancellationToken);
                try
                {
                    return await write();
                }
                finally
                {
                    gate.Turn.Release();
                }
            }
            finally
            {
                Leave(key, gate);
            }
        }, cancellationToken);
    }

    private KeyGate Join(string key)
    {
        lock (_keys)
        {
            if (!_keys.TryGetValue(key, out var gate))
            {
                gate = new KeyGate();
                _keys.Add(key, gate);
            }

            gate.Users++;
            return gate;
        }
    }

    private void Leave(string key, KeyGate gate)
    {
        lock (_keys)
        {
            if (--gate.Users == 0)
            {
                _keys.Remove(key);
            }
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
            _feature.Dispose();
        }
    }

    /// <summary>One key's turn and how many writes hold or wait for it (changed under the dictionary's lock).</summary>
    private sealed class KeyGate
    {
        // Never disposed: without its wait handle a SemaphoreSlim holds nothing to release.
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public int Users { get; set; }
    }
}
