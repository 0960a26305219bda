using BranchBot.Core.Storage;

namespace BranchBot.Tests.Storage;

/// <summary>
/// Writes made together: those queued while a transaction is being written go into the next one together, each caller
/// gets its own result once its transaction is stored, a failing write fails alone, and a stop stores what was queued.
/// </summary>
public sealed class GroupCommitTests
{
    [Fact]
    public async Task Writes_queued_during_a_transaction_are_stored_together_and_each_caller_gets_its_own_result()
    {
        var store = new HeldStore();
        await using var group = new GroupCommit<int, string>(store.WriteAsync);

        var first = group.WriteAsync(0);
        await store.Writing;
        var later = Enumerable.Range(1, 5).Select(group.WriteAsync).ToList();
        await Task.Delay(50);
        Assert.False(first.IsCompleted);
        Assert.All(later, write => Assert.False(write.IsCompleted));

        store.Release();
        Assert.Equal("stored 0", await first);
        Assert.Equal(["stored 1", "stored 2", "stored 3", "stored 4", "stored 5"], await Task.WhenAll(later));
        Assert.Equal([[0], [1, 2, 3, 4, 5]], store.Transactions);
    }

    [Fact]
    public async Task A_write_that_cannot_be_stored_fails_alone_and_the_others_of_its_transaction_land()
    {
        var store = new HeldStore(failing: 3);
        await using var group = new GroupCommit<int, string>(store.WriteAsync);

        var first = group.WriteAsync(0);
        await store.Writing;
        var later = Enumerable.Range(1, 4).Select(group.WriteAsync).ToList();
        store.Release();

        Assert.Equal("stored 0", await first);
        Assert.Equal("stored 1", await later[0]);
        Assert.Equal("stored 2", await later[1]);
        var failure = await Assert.ThrowsAsync<IOException>(() => later[2]);
        Assert.Equal("write 3 refused", failure.Message);
        Assert.Equal("stored 4", await later[3]);
        Assert.Equal([0, 1, 2, 4], store.Stored);
    }

    [Fact]
    public async Task A_stop_stores_every_queued_write_and_a_write_after_it_is_made_alone()
    {
        var store = new HeldStore();
        var group = new GroupCommit<int, string>(store.WriteAsync);
        var first = group.WriteAsync(0);
        await store.Writing;
        var queued = group.WriteAsync(1);

        var stopping = group.DisposeAsync().AsTask();
        store.Release();
        await stopping;

        Assert.Equal([0, 1], store.Stored);
        Assert.Equal("stored 1", await queued);
        Assert.Equal("stored 0", await first);
        Assert.Equal("stored 7", await group.WriteAsync(7));
        Assert.Equal([0, 1, 7], store.Stored);
    }

    [Fact]
    public async Task With_two_writers_the_next_writes_are_stored_while_the_transaction_before_them_is_under_way()
    {
        var firstHeld = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var transactions = 0;
        await using var group = new GroupCommit<int, string>(async (writes, _) =>
        {
            if (Interlocked.Increment(ref transactions) == 1)
            {
                firstHeld.SetResult();
                await release.Task;
            }

            return [.. writes.Select(w => $"stored {w}")];
        }, writers: 2);

        var first = group.WriteAsync(0);
        await firstHeld.Task;

        // One writer would wait here for the first transaction (its disk sync) before writing the next.
        Assert.Equal("stored 1", await group.WriteAsync(1).WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.False(first.IsCompleted);
        release.SetResult();
        Assert.Equal("stored 0", await first);
    }

    /// <summary>Holds its first transaction until released; refuses any transaction holding the failing write.</summary>
    private sealed class HeldStore(int? failing = null)
    {
        private readonly TaskCompletionSource _writing = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Writing => _writing.Task;

        public List<int[]> Transactions { get; } = [];

        public List<int> Stored { get; } = [];

        public void Release() => _released.TrySetResult();

        public async ValueTask<IReadOnlyList<string>> WriteAsync(IReadOnlyList<int> writes, CancellationToken cancellationToken)
        {
            _writing.TrySetResult();
            await _released.Task;
            if (writes.Contains(failing ?? -1))
            {
                throw new IOException($"write {failing} refused");
            }

            Transactions.Add([.. writes]);
            Stored.AddRange(writes);
            return [.. writes.Select(w => $"stored {w}")];
        }
    }
}
