using BranchBot.Core.Storage;
using Microsoft.Extensions.Logging;

namespace BranchBot.Core.Conversations;

/// <summary>
/// Takes the dialog stack's write off the reply's path: a save or delete is kept in memory and one background writer
/// stores what changed since its last write, every conversation's latest state, in one write. Reads see the latest
/// state whether or not it is stored yet. Memory stays bounded by the number of conversations (a conversation's
/// newer state replaces its older one). A normal stop (disposal) stores everything before it returns; a failed write
/// is retried every second, and at disposal a few more times before what could not be stored is logged as lost.
/// The stack is what the next message continues from: losing the last moments of it to a crash means a member may
/// be asked the same question again, never that anything is done twice (dialogs that create something carry their
/// key in the stack, see docs/architecture.md).
/// </summary>
public sealed class BufferedConversationStateStore : IConversationStateStore, IAsyncDisposable
{

    private readonly IConversationStateBatchStore _inner;
    private readonly Action _refuseWhenFull;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _writer;

    // Changes not yet handed to the store, and those being written now (null: deleted); both read before the store.
    private Dictionary<string, ConversationStateRecord?> _pending = new(StringComparer.Ordinal);
    private Dictionary<string, ConversationStateRecord?> _writing = new(StringComparer.Ordinal);
    private volatile bool _stopping;
    private int _woken;
    private bool _closed;

    /// <param name="refuseWhenFull">
    /// Throws what a write would throw now for lack of disk space (a <c>StorageUnavailableException</c>), so that a
    /// turn whose change cannot be kept still hears of it; checked before each change is queued.
    /// </param>
    public BufferedConversationStateStore(IConversationStateBatchStore inner, Action refuseWhenFull, TimeProvider time, ILogger<BufferedConversationStateStore> logger)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _refuseWhenFull = refuseWhenFull ?? throw new ArgumentNullException(nameof(refuseWhenFull));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _writer = Task.Run(WriteChangesAsync);
    }

    public ValueTask<ConversationStateRecord?> GetAsync(string key, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_pending.TryGetValue(key, out var pending))
            {
                return ValueTask.FromResult(pending);
            }

            if (_writing.TryGetValue(key, out var writing))
            {
                return ValueTask.FromResult(writing);
            }
        }

        // Neither pending nor being written: stored already (a write leaves _writing only once it is on disk).
        return _inner.GetAsync(key, cancellationToken);
    }

    public ValueTask SaveAsync(ConversationStateRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Change(record.Key, record) ? ValueTask.CompletedTask : _inner.SaveAsync(record, cancellationToken);
    }

    public ValueTask DeleteAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Change(key, null) ? ValueTask.CompletedTask : _inner.DeleteAsync(key, cancellationToken);
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

    /// <summary>Queues the change; false once the writer has finished (stopped), when the caller writes it itself.</summary>
    private bool Change(string key, ConversationStateRecord? record)
    {
        _refuseWhenFull();
        lock (_lock)
        {
            if (_closed)
            {
                return false;
            }

            _pending[key] = record;
        }

        Wake();
        return true;
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
            Dictionary<string, ConversationStateRecord?> batch;
            lock (_lock)
            {
                batch = _pending;
                _pending = _writing;
                _writing = batch;
            }

            if (batch.Count > 0)
            {
                await WriteAsync(batch);
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

    private Task WriteAsync(Dictionary<string, ConversationStateRecord?> batch) =>
        BackgroundWriteRetry.WriteAsync(
            async () =>
            {
                await _inner.WriteAsync(batch, CancellationToken.None);
                Forget(batch);
            },
            () =>
            {
                Forget(batch);
                return Task.CompletedTask;
            },
            () => _stopping,
            (failure, attempt, givingUp) => _logger.LogError(failure, "Storing the dialog state of {Count} conversations failed (attempt {Attempt}){Outcome}",
                batch.Count, attempt, givingUp ? "; it is lost" : "; retrying"),
            _time,
            _stop.Token);

    private void Forget(Dictionary<string, ConversationStateRecord?> batch)
    {
        lock (_lock)
        {
            batch.Clear();
        }
    }
}
