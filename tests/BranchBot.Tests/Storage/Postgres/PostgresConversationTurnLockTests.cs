using BranchBot.Hosting;
using BranchBot.Storage.Postgres;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Storage.Postgres;

/// <summary>
/// Two instances' turn locks over one database: a conversation's turn waits while the other instance runs one, other
/// conversations do not, and holding many locks takes no pooled connections beyond the lock's own.
/// </summary>
public sealed class PostgresConversationTurnLockTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private string? _connectionString;

    [SkippableFact]
    public async Task A_conversation_busy_on_one_instance_waits_on_the_other_and_others_do_not()
    {
        await using var database = await DatabaseAsync(poolSize: 10);
        await using var first = new PostgresConversationTurnLock(database);
        await using var second = new PostgresConversationTurnLock(database);

        var held = await first.AcquireAsync("emulator|conv-1", CancellationToken.None);
        var waiting = second.AcquireAsync("emulator|conv-1", CancellationToken.None).AsTask();
        await using (await second.AcquireAsync("emulator|conv-2", CancellationToken.None).AsTask().WaitAsync(Bound))
        {
            await Task.Delay(300);
            Assert.False(waiting.IsCompleted, "the second instance ran a turn of a conversation the first was still running");
        }

        await held.DisposeAsync();
        await using var after = await waiting.WaitAsync(Bound);
    }

    [SkippableFact]
    public async Task Forty_conversations_held_at_once_fit_a_pool_of_three_with_room_for_their_statements()
    {
        await using var database = await DatabaseAsync(poolSize: 3);
        await using var turns = new PostgresConversationTurnLock(database);

        var held = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => turns.AcquireAsync($"emulator|conv-{i}", CancellationToken.None).AsTask())).WaitAsync(Bound);

        // Every turn can still reach the database while all of them hold their locks.
        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => database.ScalarAsync("SELECT 1", CancellationToken.None))).WaitAsync(Bound);
        Assert.All(answers, answer => Assert.Equal(1, answer));
        foreach (var lease in held)
        {
            await lease.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task The_locks_of_an_instance_that_goes_away_are_free_at_once()
    {
        await using var database = await DatabaseAsync(poolSize: 10);
        var gone = new PostgresConversationTurnLock(database);
        await using var survivor = new PostgresConversationTurnLock(database);
        _ = await gone.AcquireAsync("emulator|conv-1", CancellationToken.None);

        await gone.DisposeAsync(); // its connection closes, as when the process dies

        await using var taken = await survivor.AcquireAsync("emulator|conv-1", CancellationToken.None).AsTask().WaitAsync(Bound);
    }

    private async Task<PostgresDatabase> DatabaseAsync(int poolSize)
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        return new PostgresDatabase(_connectionString + $";Maximum Pool Size={poolSize}");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_connectionString is not null)
        {
            await PostgresServer.DropAsync(_connectionString);
        }
    }
}
