using BranchBot.Core.Conversations;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Conversations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BranchBot.Tests.Conversations;

/// <summary>
/// Dialog stacks written behind the reply: a read sees the latest save or delete at once, whether stored yet or not,
/// and a normal stop leaves every conversation's latest state in the file.
/// </summary>
public sealed class BufferedConversationStateTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 3, 4, 0, 0, TimeSpan.Zero);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("branchbot-state-");
    private readonly FakeTimeProvider _time = new(Noon);

    private string Connection => $"Filename={Path.Combine(_folder.FullName, "bot.db")};Connection=shared";

    [Fact]
    public async Task The_latest_save_or_delete_of_each_conversation_is_read_at_once_and_stored_by_a_normal_stop()
    {
        using (var context = LiteDbContext.Open(Connection))
        {
            var inner = new LiteDbConversationStateStore(context);
            await inner.SaveAsync(State("old", "{\"stored\":1}"), CancellationToken.None);
            var states = new BufferedConversationStateStore(inner, () => { }, _time, NullLogger<BufferedConversationStateStore>.Instance);

            await Task.WhenAll(Enumerable.Range(0, 50).Select(c => Task.Run(async () =>
            {
                for (var step = 0; step < 20; step++)
                {
                    await states.SaveAsync(State($"c{c}", $"{{\"step\":{step}}}"), CancellationToken.None);
                    Assert.Equal($"{{\"step\":{step}}}", (await states.GetAsync($"c{c}", CancellationToken.None))!.DialogStateJson);
                }

                if (c % 5 == 0)
                {
                    await states.DeleteAsync($"c{c}", CancellationToken.None);
                    Assert.Null(await states.GetAsync($"c{c}", CancellationToken.None));
                }
            })));
            await states.DeleteAsync("old", CancellationToken.None);
            Assert.Null(await states.GetAsync("old", CancellationToken.None));
            await states.DisposeAsync();
        }

        using var reopened = LiteDbContext.Open(Connection);
        var stored = new LiteDbConversationStateStore(reopened);
        Assert.Null(await stored.GetAsync("old", CancellationToken.None));
        for (var c = 0; c < 50; c++)
        {
            var state = await stored.GetAsync($"c{c}", CancellationToken.None);
            Assert.Equal(c % 5 == 0 ? null : "{\"step\":19}", state?.DialogStateJson);
        }
    }

    [Fact]
    public async Task A_state_saved_while_an_earlier_one_is_being_written_wins()
    {
        using var context = LiteDbContext.Open(Connection);
        var held = new HeldStore(new LiteDbConversationStateStore(context));
        var states = new BufferedConversationStateStore(held, () => { }, _time, NullLogger<BufferedConversationStateStore>.Instance);

        await states.SaveAsync(State("c", "{\"step\":1}"), CancellationToken.None);
        await held.Writing.WaitAsync(TimeSpan.FromSeconds(10));
        await states.SaveAsync(State("c", "{\"step\":2}"), CancellationToken.None);
        Assert.Equal("{\"step\":2}", (await states.GetAsync("c", CancellationToken.None))!.DialogStateJson);

        held.Release();
        await states.DisposeAsync();
        Assert.Equal("{\"step\":2}", (await new LiteDbConversationStateStore(context).GetAsync("c", CancellationToken.None))!.DialogStateJson);
    }

    [Fact]
    public async Task The_server_s_container_stores_the_states_when_it_is_disposed()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_time);
        services.AddLiteDbStorage(Connection, _folder.FullName);
        await using (var provider = services.BuildServiceProvider())
        {
            var states = provider.GetRequiredService<IConversationStateStore>();
            Assert.IsType<BufferedConversationStateStore>(states);
            for (var c = 0; c < 100; c++)
            {
                await states.SaveAsync(State($"c{c}", "{\"step\":1}"), CancellationToken.None);
            }
        }

        using var reopened = LiteDbContext.Open(Connection);
        Assert.Equal(100, reopened.Collection<LiteDB.BsonDocument>(LiteDbCollections.ConversationState).Count());
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static ConversationStateRecord State(string key, string json) => new(key, json, Noon);

    /// <summary>Holds the first write until released.</summary>
    private sealed class HeldStore(IConversationStateBatchStore inner) : IConversationStateBatchStore
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _writing = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Writing => _writing.Task;

        public void Release() => _released.TrySetResult();

        public async ValueTask WriteAsync(IReadOnlyCollection<KeyValuePair<string, ConversationStateRecord?>> changes, CancellationToken cancellationToken)
        {
            _writing.TrySetResult();
            await _released.Task;
            await inner.WriteAsync(changes, cancellationToken);
        }

        public ValueTask<ConversationStateRecord?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

        public ValueTask SaveAsync(ConversationStateRecord record, CancellationToken cancellationToken) => inner.SaveAsync(record, cancellationToken);

        public ValueTask DeleteAsync(string key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);
    }
}
