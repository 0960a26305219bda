using Microsoft.Extensions.Logging;

namespace BranchBot.Core.Storage;

/// <summary>
/// Takes keyed writes off the reply's path: a save (a value) or a delete (null) is kept in memory and one background
/// writer stores what changed since its last write, every key's latest value, in one write. <see cref="TryGet"/> sees
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
    private readonly List<(long Change, TaskCompletionSource Stored)> _writeWaiters = [];
    private readonly Task _writer;

    // Changes not yet handed to the store, and those being written now; both read before the store.
    private Dictionary<string, TValue?> _pending = new(StringComparer.Ordinal);
    private Dictionary<string, TValue?> _writing = new(StringComparer.Ordinal);
    private long _changes;
    private long _writingUpTo;
    private long _stored;
    private volatile bool _stopping;
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
            _changes++;
        }

        Wake();
        return true;
    }

    /// <summary>
    /// For a caller that stores the key's final state itself, in its own write (a 谈心 submission deletes the draft in
    /// the transaction that stores the answers): takes the key's change still waiting out of the queue and returns
    /// it, so it is not written at all, once any write of the key already under way is stored (so that write cannot
    /// land after the caller's). <c>Withdrawn</c> is false when nothing was waiting.
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
            if (_writing.ContainsKey(key) && _stored < _writingUpTo)
            {
                inFlight = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _writeWaiters.Add((_writingUpTo, inFlight));
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

            if (_pending.TryAdd(key, value))
            {
                _changes++;
            }
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
            Dictionary<string, TValue?> batch;
            long upTo;
            lock (_lock)
            {
                batch = _pending;
                _pending = _writing;
                _writing = batch;
                upTo = _changes;
                _writingUpTo = upTo;
            }

            if (batch.Count > 0)
            {
                await WriteAsync(batch);
            }

            Stored(upTo);
            if (_stopping)
            {
                lock (_lock)
                {
                    if (_pending.Count == 0)
                    {
                        _closed = true;
                        ReleaseWaiters(long.MaxValue);
                        return;
                    }
                }

                Wake();
            }
        }
    }

    private Task WriteAsync(Dictionary<string, TValue?> batch) =>
        BackgroundWriteRetry.WriteAsync(
            async () =>
            {
                await _write(batch, CancellationToken.None);
                Forget(batch);
            },
            () =>
            {
                Forget(batch);
                return Task.CompletedTask;
            },
            () => _stopping,
            (failure, attempt, givingUp) => _logger.LogError(failure, "Storing {What} of {Count} keys failed (attempt {Attempt}){Outcome}",
                _what, batch.Count, attempt, givingUp ? "; it is lost" : "; retrying"),
            _time,
            _stop.Token);

    private void Forget(Dictionary<string, TValue?> batch)
    {
        lock (_lock)
        {
            batch.Clear();
        }
    }

    private void Stored(long upTo)
    {
        lock (_lock)
        {
            _stored = Math.Max(_stored, upTo);
            ReleaseWaiters(_stored);
        }
    }

    private void ReleaseWaiters(long upTo)
    {
        for (var i = _writeWaiters.Count - 1; i >= 0; i--)
        {
            if (_writeWaiters[i].Change <= upTo)
            {
                _writeWaiters[i].Stored.TrySetResult();
                _writeWaiters.RemoveAt(i);
            }
        }
    }
}
