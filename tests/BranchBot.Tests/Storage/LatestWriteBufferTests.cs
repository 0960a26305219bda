using System.Collections.Concurrent;
using BranchBot.Core.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BranchBot.Tests.Storage;

/// <summary>
/// The writer stores a round of changes in writes of at most <see cref="LatestWriteBuffer{TValue}.ChunkSize"/> keys,
/// and a caller withdrawing a key waits only for the one write holding it: a key of the round not yet being written is
/// handed over at once and never written (a 谈心 submission used to wait for every member's draft of the round).
/// </summary>
public sealed class LatestWriteBufferTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Withdrawing_waits_only_for_the_write_holding_the_key_not_for_the_writers_whole_round()
    {
        var store = new HeldWrites(firstHeld: "first", laterHeld: "k5");
        var buffer = new LatestWriteBuffer<string>(store.WriteAsync, () => { }, new FakeTimeProvider(), NullLogger.Instance, "test values");
        try
        {
            await WithdrawWhileTheRoundIsWrittenAsync(store, buffer);
        }
        finally
        {
            // A failed assertion must not leave the writer held: the stop below waits for it.
            store.ReleaseFirst();
            store.ReleaseLater();
            await buffer.DisposeAsync();
        }

        Assert.Equal(99, store.Written.Keys.Count(key => key.StartsWith('k')));
        Assert.All(store.Chunks, chunk => Assert.InRange(chunk, 1, LatestWriteBuffer<string>.ChunkSize));
    }

    private static async Task WithdrawWhileTheRoundIsWrittenAsync(HeldWrites store, LatestWriteBuffer<string> buffer)
    {

        // The first write holds the writer while 100 more keys change: they make the next round, two writes long.
        buffer.Change("first", "0");
        await store.FirstHeld.Task.WaitAsync(Patience);
        for (var i = 0; i < 100; i++)
        {
            buffer.Change($"k{i}", $"v{i}");
        }

        store.ReleaseFirst();
        var held = await store.LaterHeld.Task.WaitAsync(Patience);
        Assert.Equal(LatestWriteBuffer<string>.ChunkSize, held.Count);
        var later = Enumerable.Range(0, 100).Select(i => $"k{i}").Where(key => !held.Contains(key) && !store.Written.ContainsKey(key)).ToList();
        Assert.NotEmpty(later);

        var (withdrawn, value) = await buffer.WithdrawAsync(later[0], CancellationToken.None).WaitAsync(Patience);
        Assert.True(withdrawn);
        Assert.Equal("v" + later[0][1..], value);

        var waitingForItsWrite = buffer.WithdrawAsync("k5", CancellationToken.None);
        await Task.Delay(100);
        Assert.False(waitingForItsWrite.IsCompleted);

        store.ReleaseLater();
        Assert.False((await waitingForItsWrite.WaitAsync(Patience)).Withdrawn);
        await buffer.DisposeAsync();
        Assert.False(store.Written.ContainsKey(later[0]));
    }

    /// <summary>Holds the first write holding <c>firstHeld</c>, and the first holding <c>laterHeld</c>, until released.</summary>
    private sealed class HeldWrites(string firstHeld, string laterHeld)
    {
        private readonly TaskCompletionSource _releaseFirst = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _releaseLater = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource FirstHeld { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<HashSet<string>> LaterHeld { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ConcurrentDictionary<string, string?> Written { get; } = new();

        public ConcurrentQueue<int> Chunks { get; } = new();

        public void ReleaseFirst() => _releaseFirst.TrySetResult();

        public void ReleaseLater() => _releaseLater.TrySetResult();

        public async ValueTask WriteAsync(IReadOnlyCollection<KeyValuePair<string, string?>> changes, CancellationToken cancellationToken)
        {
            Chunks.Enqueue(changes.Count);
            var keys = changes.Select(change => change.Key).ToHashSet();
            if (keys.Contains(firstHeld) && FirstHeld.TrySetResult())
            {
                await _releaseFirst.Task;
            }

            if (keys.Contains(laterHeld) && LaterHeld.TrySetResult(keys))
            {
                await _releaseLater.Task;
            }

            foreach (var (key, value) in changes)
            {
                Written[key] = value;
            }
        }
    }
}
