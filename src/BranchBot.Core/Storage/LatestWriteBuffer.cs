using Microsoft.Extensions.Logging;

namespace BranchBot.Core.Storage;

/// <summary>
/// Takes keyed writes off the reply's path: a save (a value) or a delete (null) is kept in memory and one background
/// writer stores what changed since its last write, every key's latest value, in writes of at most
/// <see cref="ChunkSize"/> keys each (the store lets other writers in between). <see cref="TryGet"/> sees
/// the latest change whether or not it is stored yet. Memory stays bounded by the number of keys (a key's newer value
/// replaces its older one). <see cref="WithdrawAsync"/> hands a key's waiting change to a caller that stores it itself; a normal stop
/// (disposal) stores everything before it returns. A failed write is retried every second, and at disposal a few more
/// times before what could not be stored is logged as lost.
/// </summary>
/// <typeparam name="TValue">The stored value; null stands for a deletion.</typeparam>
public sealed class LatestWriteBuffer<TValue> : IAsyncDisposable
    where TValue : class
{
    private readonly Func<IReadOnlyCollection<KeyValuePair<string, TValue?>>, CancellationToken, ValueTask> _write;
    private readonly Action _refuseWhenFull;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly string _what;
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<string, List<TaskCompletionSource>> _keyWaiters = new(StringComparer.Ordinal);
    private readonly Task _writer;

    // Changes not yet handed to the store, and those taken for the store's current round of writes (the keys of the
    // write under way among them, in _inFlight); both read before the store.
    private Dictionary<string, TValue?> _pending = new(StringComparer.Ordinal);
    private Dictionary<string, TValue?> _writing = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inFlight = new(StringComparer.Ordinal);
    private volatile bool _stopping;

    /// <summary>Keys stored per write of the store.</summary>
    public const int ChunkSize = 64;
    private int _woken;
    private bool _closed;

    /// <param name="write">Stores each value and deletes each key given with null, all in one write.</param>
    /// <param name="refuseWhenFull">
    /// Throws what a write would throw now for lack of disk space (a <c>StorageUnavailableException</c>), so that a
    /// turn whose change cannot be kept still hears of it; checked before each change is queued.
    /// </param>
    /// <param name="what">What is written, for the log ("the dialog state", "谈心 drafts").</param>
    public LatestWriteBuffer(
        Func<IReadOnlyCollection<KeyValuePair<string, TValue?>>, CancellationToken, ValueTask> write, Action refuseWhenFull,
        TimeProvider time, ILogger logger, string what)
    {
        _write = write ?? throw new ArgumentNullException(nameof(write));
        _refuseWhenFull = refuseWhenFull ?? throw new ArgumentNullException(nameof(refuseWhenFull));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _what = what ?? throw new ArgumentNullException(nameof(what));
        _writer = Task.Run(WriteChangesAsync);
    }

    /// <summary>True with the key's latest change (null: deleted) while it is not stored yet; false when the store has it.</summary>
    public bool TryGet(string key, out TValue? value)
    {
        lock (_lock)
        {
            // A write leaves _writing only once it is on disk, so a key in neither is stored already.
            return _pending.TryGetValue(key, out value) || _writing.TryGetValue(key, out value);
        }
    }

    /// <summary>Queues the change; false once the writer has finished (stopped), when the caller writes it itself.</summary>
    public bool Change(string key, TValue? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        _refuseWhenFull();
        lock (_lock)
        {
            if (_closed)
            {
                return false;
            }

            _pending[key] = value;
        }

        Wake();
        return true;
    }

    /// <summary>
    /// For a caller that stores the key's final state itself, in its own write (a 谈心 submission deletes the draft in
    /// the transaction that stores the answers): takes the key's latest change not yet being written out of the
    /// queue and returns it, so it is not written at all; if a write of the key is under way, returns once that one
    /// write is stored (so it cannot land after the caller's), not the writer's whole round. <c>Withdrawn</c> is false
    /// when nothing was taken.
    /// </summary>
    public async Task<(bool Withdrawn, TValue? Value)> WithdrawAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        TaskCompletionSource? inFlight = null;
        bool withdrawn;
        TValue? value;
        lock (_lock)
        {
            withdrawn = _pending.Remove(key, out value);
            if (_inFlight.Contains(key))
            {
                inFlight = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                if (!_keyWaiters.TryGetValue(key, out var waiters))
                {
                    _keyWaiters[key] = waiters = [];
                }

                waiters.Add(inFlight);
            }
            else if (_writing.Remove(key, out var taken) && !withdrawn)
            {
                // Taken for this round but not written yet: the pending change (newer) wins when both exist.
                (withdrawn, value) = (true, taken);
            }
        }

        if (inFlight is not null)
        {
            await inFlight.Task.WaitAsync(cancellationToken);
        }

        return (withdrawn, value);
    }

    /// <summary>
    /// Puts back a change taken by <see cref="WithdrawAsync"/> whose caller failed to store it, unless the key has a
    /// newer change waiting; never refused for a full disk (the change was accepted before). False once the writer has
    /// finished, when the caller writes it itself.
    /// </summary>
    public bool Restore(string key, TValue? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_lock)
        {
            if (_closed)
            {
                return false;
            }

            _pending.TryAdd(key, value);
        }

        Wake();
        return true;
    }

    /// <summary>Stores every change made before it, then stops the writer.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopping)
        {
            return;
        }

        _stopping = true;
        await _stop.CancelAsync();
        Wake();
        await _writer;
        _stop.Dispose();
    }

    /// <summary>Wakes the writer unless it is woken already (it takes every change pending when it runs).</summary>
    private void Wake()
    {
        if (Interlocked.Exchange(ref _woken, 1) == 0)
        {
            _wake.Release();
        }
    }

    private async Task WriteChangesAsync()
    {
        while (true)
        {
            await _wake.WaitAsync();
            Volatile.Write(ref _woken, 0);
            lock (_lock)
            {
                // The round takes every pending change; the last round's dictionary, emptied by it, takes new ones.
                (_pending, _writing) = (_writing, _pending);
            }

            while (NextChunk() is { Count: > 0 } chunk)
            {
                await WriteAsync(chunk);
            }

            if (_stopping)
            {
                lock (_lock)
                {
                    if (_pending.Count == 0)
                    {
                        _closed = true;
                        return;
                    }
                }

                Wake();
            }
        }
    }

    /// <summary>Up to <see cref="ChunkSize"/> keys of the round, marked as being written; empty once the round is stored.</summary>
    private List<KeyValuePair<string, TValue?>> NextChunk()
    {
        lock (_lock)
        {
            var chunk = _writing.Take(ChunkSize).ToList();
            foreach (var (key, _) in chunk)
            {
                _inFlight.Add(key);
            }

            return chunk;
        }
    }

    private Task WriteAsync(List<KeyValuePair<string, TValue?>> chunk) =>
        BackgroundWriteRetry.WriteAsync(
            async () =>
            {
                await _write(chunk, CancellationToken.None);
                Done(chunk);
            },
            () =>
            {
                Done(chunk);
                return Task.CompletedTask;
            },
            () => _stopping,
            (failure, attempt, givingUp) => _logger.LogError(failure, "Storing {What} of {Count} keys failed (attempt {Attempt}){Outcome}",
                _what, chunk.Count, attempt, givingUp ? "; it is lost" : "; retrying"),
            _time,
            _stop.Token);

    /// <summary>The chunk is stored (or given up): its keys leave the round, and whoever waits for one of them goes on.</summary>
    private void Done(List<KeyValuePair<string, TValue?>> chunk)
    {
        lock (_lock)
        {
            foreach (var (key, _) in chunk)
            {
                _writing.Remove(key);
                _inFlight.Remove(key);
                if (_keyWaiters.Remove(key, out var waiters))
                {
                    waiters.ForEach(waiter => waiter.TrySetResult());
                }
            }
        }
    }
}
