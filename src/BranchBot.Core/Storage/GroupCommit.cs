using System.Threading.Channels;

namespace BranchBot.Core.Storage;

/// <summary>
/// Writes that each caller must see stored before it answers, made together: one writer takes every write waiting when
/// it runs and stores them in one transaction (one disk sync instead of one per caller), and each caller's task
/// completes with its own result once that transaction is committed. No request thread blocks on the disk meanwhile.
/// A failed transaction of several writes is tried again one write at a time, so a write that cannot be stored fails
/// alone and the others still land; nothing is retried after that: the caller hears of the failure, as it would have
/// writing itself. A normal stop (disposal) stores everything queued before it.
/// </summary>
/// <typeparam name="TItem">One caller's write.</typeparam>
/// <typeparam name="TResult">What that write returns to its caller.</typeparam>
public sealed class GroupCommit<TItem, TResult> : IAsyncDisposable
{
    private const int MaxWritesPerTransaction = 256;

    private readonly Func<IReadOnlyList<TItem>, CancellationToken, ValueTask<IReadOnlyList<TResult>>> _write;
    private readonly Channel<(TItem Item, TaskCompletionSource<TResult> Stored)> _queue;
    private readonly Task[] _writers;

    /// <param name="write">Stores the writes in one transaction and returns their results in the same order.</param>
    /// <param name="writers">
    /// How many transactions may be under way at once: with two, the next group is written while the one before waits
    /// for its disk sync (which a store makes after letting go of the file), instead of after it.
    /// </param>
    public GroupCommit(Func<IReadOnlyList<TItem>, CancellationToken, ValueTask<IReadOnlyList<TResult>>> write, int writers = 1)
    {
        _write = write ?? throw new ArgumentNullException(nameof(write));
        ArgumentOutOfRangeException.ThrowIfLessThan(writers, 1);
        _queue = Channel.CreateUnbounded<(TItem, TaskCompletionSource<TResult>)>(new UnboundedChannelOptions { SingleReader = writers == 1 });
        _writers = [.. Enumerable.Range(0, writers).Select(_ => Task.Run(WriteQueuedAsync))];
    }

    /// <summary>
    /// Queues the write and returns once it is stored (or failed). Not cancellable: a queued write is made either way,
    /// so its caller waits for the outcome rather than go on as if it had not happened.
    /// </summary>
    public async Task<TResult> WriteAsync(TItem item)
    {
        var stored = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_queue.Writer.TryWrite((item, stored)))
        {
            // Stopped: the caller writes alone, as before a group existed.
            await WriteEachAsync([(item, stored)]);
        }

        return await stored.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_writers);
    }

    private async Task WriteQueuedAsync()
    {
        var batch = new List<(TItem Item, TaskCompletionSource<TResult> Stored)>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxWritesPerTransaction && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            // With several writers, another may have taken what woke this one.
            if (batch.Count == 0)
            {
                continue;
            }

            await WriteTogetherAsync(batch);
            batch.Clear();
        }
    }

    private async Task WriteTogetherAsync(List<(TItem Item, TaskCompletionSource<TResult> Stored)> batch)
    {
        IReadOnlyList<TResult> results;
        try
        {
            results = await _write([.. batch.Select(entry => entry.Item)], CancellationToken.None);
        }
        catch (Exception) when (batch.Count > 1)
        {
            await WriteEachAsync(batch);
            return;
        }
        catch (Exception failure)
        {
            batch[0].Stored.TrySetException(failure);
            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Stored.TrySetResult(results[i]);
        }
    }

    private async Task WriteEachAsync(IEnumerable<(TItem Item, TaskCompletionSource<TResult> Stored)> entries)
    {
        foreach (var (item, stored) in entries)
        {
            try
            {
                stored.TrySetResult((await _write([item], CancellationToken.None))[0]);
            }
            catch (Exception failure)
            {
                stored.TrySetException(failure);
            }
        }
    }
}
