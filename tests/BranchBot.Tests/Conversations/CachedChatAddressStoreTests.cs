using BranchBot.Core.Conversations;
using BranchBot.Core.Storage;
using BranchBot.Tests.Support;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Conversations;

namespace BranchBot.Tests.Conversations;

public sealed class CachedChatAddressStoreTests : IDisposable
{
    private static readonly DateTimeOffset Seen = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"branchbot-addresses-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task A_changed_route_is_seen_by_the_very_next_read()
    {
        using var database = LiteDbContext.InMemory();
        var cache = new CachedChatAddressStore(new LiteDbChatAddressStore(database));
        await cache.SaveAsync(Address("u1", "conv-old"), CancellationToken.None);
        Assert.Equal("conv-old", (await cache.GetAsync("test", "u1", CancellationToken.None))!.ConversationId);

        await cache.SaveAsync(Address("u1", "conv-new"), CancellationToken.None);

        Assert.Equal("conv-new", (await cache.GetAsync("test", "u1", CancellationToken.None))!.ConversationId);
    }

    [Fact]
    public async Task A_route_another_instance_saved_is_read_again_after_its_notice_and_a_save_here_is_announced()
    {
        using var database = LiteDbContext.InMemory();
        var notices = new RecordedChangeNotices();
        var store = new LiteDbChatAddressStore(database);
        using var cache = new CachedChatAddressStore(store, notices);
        await cache.SaveAsync(Address("u1", "conv-old"), CancellationToken.None);
        Assert.Equal([ChangeTopics.ChatAddresses], notices.Published);

        await store.SaveAsync(Address("u1", "conv-elsewhere"), CancellationToken.None);
        Assert.Equal("conv-old", (await cache.GetAsync("test", "u1", CancellationToken.None))!.ConversationId);
        notices.Hear(ChangeTopics.ChatAddresses);

        Assert.Equal("conv-elsewhere", (await cache.GetAsync("test", "u1", CancellationToken.None))!.ConversationId);
    }

    [Fact]
    public async Task Saves_reach_the_store_so_they_outlive_the_process()
    {
        using (var database = Shared())
        {
            var cache = new CachedChatAddressStore(new LiteDbChatAddressStore(database));
            await cache.SaveAsync(Address("u1", "conv-u1"), CancellationToken.None);
        }

        using var reopened = Shared();
        var stored = await new LiteDbChatAddressStore(reopened).GetAsync("test", "u1", CancellationToken.None);
        Assert.Equal("conv-u1", stored?.ConversationId);
    }

    [Fact]
    public async Task Addresses_are_read_from_the_store_once_not_per_lookup()
    {
        var inner = new CountingStore([Address("u1", "conv-u1"), Address("u2", "conv-u2")]);
        var cache = new CachedChatAddressStore(inner);

        for (var i = 0; i < 100; i++)
        {
            Assert.NotNull(await cache.GetAsync("test", $"u{(i % 2) + 1}", CancellationToken.None));
        }

        Assert.Equal(1, inner.Lists);
        Assert.Equal(0, inner.Gets);
    }

    [Fact]
    public async Task An_address_another_process_wrote_to_a_shared_file_is_found_after_the_cache_loaded()
    {
        using var server = Shared();
        var cache = new CachedChatAddressStore(new LiteDbChatAddressStore(server));
        Assert.Null(await cache.GetAsync("test", "u9", CancellationToken.None));

        using (var otherProcess = Shared())
        {
            await new LiteDbChatAddressStore(otherProcess).SaveAsync(Address("u9", "conv-u9"), CancellationToken.None);
        }

        Assert.Equal("conv-u9", (await cache.GetAsync("test", "u9", CancellationToken.None))?.ConversationId);
        Assert.Contains(await cache.ListAsync(CancellationToken.None), a => a.UserId == "u9");
    }

    [Fact]
    public async Task An_unknown_account_has_no_address()
    {
        var cache = new CachedChatAddressStore(new CountingStore([Address("u1", "conv-u1")]));

        Assert.Null(await cache.GetAsync("test", "nobody", CancellationToken.None));
        Assert.Null(await cache.GetAsync("other-channel", "u1", CancellationToken.None));
    }

    public void Dispose() => File.Delete(_file);

    private LiteDbContext Shared() => LiteDbContext.Open($"Filename={_file};Connection=shared");

    private static ChatAddress Address(string userId, string conversationId) =>
        new("test", userId, null, conversationId, "https://channel.test/", "bot", "BranchBot", null, "zh-CN", Seen);

    /// <summary>An address store that counts its reads.</summary>
    private sealed class CountingStore(IReadOnlyList<ChatAddress> addresses) : IChatAddressStore
    {
        public int Gets { get; private set; }

        public int Lists { get; private set; }

        public ValueTask<ChatAddress?> GetAsync(string channelId, string userId, CancellationToken cancellationToken)
        {
            Gets++;
            return ValueTask.FromResult(addresses.FirstOrDefault(a => a.ChannelId == channelId && a.UserId == userId));
        }

        public ValueTask SaveAsync(ChatAddress address, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask<IReadOnlyList<ChatAddress>> ListAsync(CancellationToken cancellationToken)
        {
            Lists++;
            return ValueTask.FromResult(addresses);
        }
    }
}
