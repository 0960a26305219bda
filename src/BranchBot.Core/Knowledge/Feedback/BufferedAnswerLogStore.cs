using BranchBot.Core.Storage;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace BranchBot.Core.Knowledge.Feedback;

/// <summary>
/// Takes the answer log's write off the reply's path: a question's entry gets its number here, in memory (counting on
/// from the store's last one; this process is the log's only writer), and goes to a bounded queue that one background
/// writer empties in batches, each batch one write. Reads see the entries still queued as if they were stored. A
/// normal stop (disposal) writes everything queued before it returns. A failed batch is retried every second until it
/// is written (questions are still answered meanwhile, until the queue is full; then adding waits); at disposal it is
/// tried a few more times and then logged as lost.
/// </summary>
public sealed class BufferedAnswerLogStore : IAnswerLogStore, IAsyncDisposable
{
    /// <summary>Entries that may wait in memory; beyond it a question waits for the writer.</summary>
    public const int QueueCapacity = 10_000;

    private const int BatchSize = 512;

    private readonly INumberedAnswerLogStore _inner;
    private readonly Action _refuseWhenFull;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Channel<AnswerLogEntry> _queue = Channel.CreateBounded<AnswerLogEntry>(
        new BoundedChannelOptions(QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    // Queued entries by number until their batch is stored; a reader holds _writing so none moves between the two.
    private readonly Dictionary<int, AnswerLogEntry> _pending = [];
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly SemaphoreSlim _numbering = new(1, 1);
    private readonly Task _writer;
    private int _lastId = -1;
    private readonly CancellationTokenSource _stop = new();
    private volatile bool _stopping;

    /// <param name="refuseWhenFull">
    /// Throws what a write would throw now for lack of disk space (a <c>StorageUnavailableException</c>), so that a
    /// turn whose change cannot be kept still hears of it; checked before each change is queued.
    /// </param>
    public BufferedAnswerLogStore(INumberedAnswerLogStore inner, Action refuseWhenFull, TimeProvider time, ILogger<BufferedAnswerLogStore> logger)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _refuseWhenFull = refuseWhenFull ?? throw new ArgumentNullException(nameof(refuseWhenFull));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _writer = Task.Run(WriteQueuedAsync);
    }

    public async ValueTask<AnswerLogEntry> AddAsync(AnswerLogEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _refuseWhenFull();
        await _numbering.WaitAsync(cancellationToken);
        try
        {
            if (_lastId < 0)
            {
                _lastId = await _inner.LastIdAsync(cancellationToken);
            }

            var numbered = entry with { Id = _lastId + 1 };
            lock (_pending)
            {
                _pending[numbered.Id] = numbered;
            }

            if (!_queue.Writer.TryWrite(numbered))
            {
                try
                {
                    await _queue.Writer.WriteAsync(numbered, cancellationToken);
                }
                catch
                {
                    lock (_pending)
                    {
                        _pending.Remove(numbered.Id);
                    }

                    throw;
                }
            }

            _lastId = numbered.Id;
            return numbered;
        }
        finally
        {
            _numbering.Release();
        }
    }

    public async ValueTask<AnswerLogEntry?> GetAsync(int id, CancellationToken cancellationToken)
    {
        lock (_pending)
        {
            if (_pending.TryGetValue(id, out var queued))
            {
                return queued;
            }
        }

        // Not queued: stored already (a batch leaves _pending only once it is written), or never logged.
        return await _inner.GetAsync(id, cancellationToken);
    }

    public async ValueTask<IReadOnlyList<AnswerLogEntry>> ListRecentAsync(int count, string? askerId, bool? failed, CancellationToken cancellationToken)
    {
        await _writing.WaitAsync(cancellationToken);
        try
        {
            var stored = await _inner.ListRecentAsync(count, askerId, failed, cancellationToken);
            return [.. Queued().Where(e => (askerId is null || e.AskerId == askerId) && (failed is null || e.Failed == failed))
                .Concat(stored)
                .OrderByDescending(e => e.Id)
                .Take(Math.Max(0, count))];
        }
        finally
        {
            _writing.Release();
        }
    }

    public async ValueTask<(int Answered, int Failed)> CountAsync(CancellationToken cancellationToken)
    {
        await _writing.WaitAsync(cancellationToken);
        try
        {
            var (answered, failedCount) = await _inner.CountAsync(cancellationToken);
            var queued = Queued();
            var queuedFailed = queued.Count(e => e.Failed);
            return (answered + queued.Count - queuedFailed, failedCount + queuedFailed);
        }
        finally
        {
            _writing.Release();
        }
    }

    public ValueTask SaveFeedbackAsync(AnswerFeedback feedback, CancellationToken cancellationToken) => _inner.SaveFeedbackAsync(feedback, cancellationToken);

    public ValueTask<IReadOnlyList<AnswerFeedback>> ListFeedbackAsync(CancellationToken cancellationToken) => _inner.ListFeedbackAsync(cancellationToken);

    /// <summary>Stops taking entries and writes every queued one before returning.</summary>
    public async ValueTask DisposeAsync()
    {
        _stopping = true;
        _queue.Writer.TryComplete();
        await _stop.CancelAsync();
        await _writer;
        _stop.Dispose();
    }

    private List<AnswerLogEntry> Queued()
    {
        lock (_pending)
        {
            return [.. _pending.Values];
        }
    }

    private async Task WriteQueuedAsync()
    {
        var batch = new List<AnswerLogEntry>(BatchSize);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < BatchSize && _queue.Reader.TryRead(out var entry))
            {
                batch.Add(entry);
            }

            await WriteAsync(batch);
            batch.Clear();
        }
    }

    private Task WriteAsync(List<AnswerLogEntry> batch) =>
        BackgroundWriteRetry.WriteAsync(
            async () =>
            {
                await _writing.WaitAsync();
                try
                {
                    await _inner.AddNumberedAsync(batch, CancellationToken.None);
                    Forget(batch);
                }
                finally
                {
                    _writing.Release();
                }
            },
            async () =>
            {
                await _writing.WaitAsync();
                try
                {
                    Forget(batch);
                }
                finally
                {
                    _writing.Release();
                }
            },
            () => _stopping,
            (failure, attempt, givingUp) => _logger.LogError(failure, "Writing {Count} answer log entries failed (attempt {Attempt}){Outcome}",
                batch.Count, attempt, givingUp ? "; they are lost" : "; retrying"),
            _time,
            _stop.Token);

    private void Forget(List<AnswerLogEntry> batch)
    {
        lock (_pending)
        {
            foreach (var entry in batch)
            {
                _pending.Remove(entry.Id);
            }
        }
    }
}
