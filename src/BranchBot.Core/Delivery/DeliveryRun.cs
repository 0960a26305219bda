using System.Threading.Channels;

namespace BranchBot.Core.Delivery;

/// <summary>
/// One run of the engine: a claimer takes due items a batch at a time, senders (MaxConcurrency of them) work
/// through them, and their results are stored in batches. Each commit costs a disk flush, so claims wait until a
/// whole batch of slots is free: at most twice MaxConcurrency items are in flight (claimed, not yet recorded) at once,
/// which bounds what a crash can leave unknown. While items keep coming, the results gathered so far are written in the
/// claim's own transaction (one commit per batch, not two); when there is nothing to claim, the writer stores them.
/// With a batch id, only that batch's items are claimed (an inline first attempt, <see cref="DeliveryDispatcher.RunBatchAsync"/>).
/// </summary>
internal sealed class DeliveryRun(DeliveryDispatcher dispatcher, bool untilIdle, string? batchId = null)
{
    private const int MaxUpdatesPerWrite = 500;

    private readonly int _concurrency = dispatcher.MaxConcurrency;
    private readonly int _capacity = dispatcher.MaxConcurrency * 2;
    private readonly Channel<DeliveryItem> _claimed = Channel.CreateUnbounded<DeliveryItem>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly Channel<DeliveryItemUpdate> _results = Channel.CreateUnbounded<DeliveryItemUpdate>();
    private SemaphoreSlim? _slots;
    private int _attempts;

    /// <summary>Completed while the claimer is not about to write: then the writer stores results itself.</summary>
    private volatile TaskCompletionSource _claimerAway = NewGate(open: true);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        using var slots = new SemaphoreSlim(_capacity, _capacity);
        _slots = slots;
        var writer = WriteResultsAsync();
        var senders = Enumerable.Range(0, _concurrency).Select(_ => SendClaimedAsync(cancellationToken)).ToList();
        try
        {
            await ClaimAsync(cancellationToken);
        }
        finally
        {
            _claimerAway.TrySetResult();
            _claimed.Writer.TryComplete();
            await Task.WhenAll(senders).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            _results.Writer.TryComplete();
            await writer;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return _attempts;
    }

    private async Task ClaimAsync(CancellationToken cancellationToken)
    {
        var results = new List<DeliveryItemUpdate>(MaxUpdatesPerWrite);
        while (!cancellationToken.IsCancellationRequested)
        {
            if (_claimerAway.Task.IsCompleted)
            {
                _claimerAway = NewGate(open: false);
            }

            // A batch is as many slots as senders: claimed while the senders still have the previous batch.
            var free = 0;
            while (free < _concurrency)
            {
                await _slots!.WaitAsync(cancellationToken);
                free++;
            }

            while (free < _capacity && _slots!.Wait(0))
            {
                free++;
            }

            results.Clear();
            while (results.Count < MaxUpdatesPerWrite && _results.Reader.TryRead(out var result))
            {
                results.Add(result);
            }

            // Results are written even while stopping: a send that happened must not turn into "unknown".
            var items = await dispatcher.RecordAndClaimAsync(results, free, batchId, CancellationToken.None);
            if (free > items.Count)
            {
                _slots!.Release(free - items.Count);
            }

            foreach (var item in items)
            {
                // Unbounded, so this never waits, and a claimed item always reaches a sender (even when stopping).
                _claimed.Writer.TryWrite(item);
            }

            if (items.Count > 0)
            {
                continue;
            }

            _claimerAway.TrySetResult();
            if (untilIdle)
            {
                return;
            }

            await dispatcher.IdleAsync(cancellationToken);
        }
    }

    private async Task SendClaimedAsync(CancellationToken cancellationToken)
    {
        await foreach (var item in _claimed.Reader.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                if (!await dispatcher.WaitForTurnAsync(cancellationToken))
                {
                    // Stopping before this one was tried: it goes back to pending, to be sent after the restart.
                    _results.Writer.TryWrite(new DeliveryItemUpdate(
                        item.BatchId, item.MemberId, DeliveryState.Pending, item.Attempts, item.NextAttemptAt, item.UpdatedAt, item.LastError));
                    continue;
                }

                var update = await dispatcher.AttemptAsync(item, cancellationToken);
                Interlocked.Increment(ref _attempts);
                _results.Writer.TryWrite(update);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Stopping: the item stays in flight and is reported unknown at the next start, never resent blindly.
            }
            finally
            {
                _slots!.Release();
            }
        }
    }

    /// <summary>Stores the results the claimer will not take with its next claim (it is idle, or the run is ending).</summary>
    private async Task WriteResultsAsync()
    {
        var batch = new List<DeliveryItemUpdate>(MaxUpdatesPerWrite);
        while (await _results.Reader.WaitToReadAsync(CancellationToken.None))
        {
            await _claimerAway.Task;
            while (batch.Count < MaxUpdatesPerWrite && _results.Reader.TryRead(out var update))
            {
                batch.Add(update);
            }

            await dispatcher.RecordAsync(batch, CancellationToken.None);
            batch.Clear();
        }
    }

    private static TaskCompletionSource NewGate(bool open)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (open)
        {
            gate.SetResult();
        }

        return gate;
    }
}
