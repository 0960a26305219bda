using BranchBot.Core.Membership;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Membership;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BranchBot.Tests.Membership;

/// <summary>
/// The roster and 党小组 cached over a file in shared mode: past the cache time they are renewed without a read while
/// no other process has written to the file, and read again as soon as one has. Two contexts on one file stand for the
/// server and the roster CLI, as in SharedEngineReuseTests.
/// </summary>
public sealed class MembershipCacheOutsideWritesTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("branchbot-outside-");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 1, 0, 0, TimeSpan.Zero));
    private readonly LiteDbContext _server;
    private readonly LiteDbContext _cli;
    private readonly CachedMembershipStore _cached;

    public MembershipCacheOutsideWritesTests()
    {
        _server = LiteDbContext.Open(Connection);
        _cli = LiteDbContext.Open(Connection);
        _cached = new CachedMembershipStore(
            new LiteDbMembershipStore(_server), _time, Options.Create(new MembershipOptions { DirectoryCacheSeconds = 5 }), _server.OutsideWrites);
    }

    private string Connection => $"Filename={Path.Combine(_folder.FullName, "bot.db")};Connection=shared";

    [Fact]
    public async Task Another_processs_write_is_seen_once_the_cache_time_has_passed()
    {
        await _cached.ApplyAsync(new MembershipChange { Members = [Member("a", "张三")] }, None);
        Assert.Equal(["a"], Ids(await _cached.ListMembersAsync(None)));
        Assert.Empty(await _cached.ListGroupsAsync(None));

        await new LiteDbMembershipStore(_cli).ApplyAsync(new MembershipChange { Members = [Member("c", "王五")], Groups = [Group("g1")] }, None);
        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(["a"], Ids(await _cached.ListMembersAsync(None)));

        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Single(await _cached.ListGroupsAsync(None));
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (Ids(await _cached.ListMembersAsync(None)).Count < 2 && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(10);
        }

        Assert.Equal(["a", "c"], Ids(await _cached.ListMembersAsync(None)));
    }

    [Fact]
    public async Task Without_another_processs_write_the_roster_and_groups_are_kept_past_the_cache_time_without_a_read()
    {
        await _cached.ApplyAsync(new MembershipChange { Members = [Member("a", "张三")], Groups = [Group("g1")] }, None);
        Assert.Equal(["a"], Ids(await _cached.ListMembersAsync(None)));
        Assert.Single(await _cached.ListGroupsAsync(None));
        _time.Advance(TimeSpan.FromSeconds(6));
        Assert.Equal(["a"], Ids(await _cached.ListMembersAsync(None)));
        Assert.Single(await _cached.ListGroupsAsync(None));

        // Written by this process past the cache (no one in the server does): a read of the store would show it.
        await new LiteDbMembershipStore(_server).ApplyAsync(new MembershipChange { Members = [Member("b", "李四")], Groups = [Group("g2")] }, None);
        for (var round = 0; round < 3; round++)
        {
            _time.Advance(TimeSpan.FromSeconds(6));
            await Task.Delay(50);
            Assert.Equal(["a"], Ids(await _cached.ListMembersAsync(None)));
            Assert.Single(await _cached.ListGroupsAsync(None));
        }

        // A write through the cache still drops what it holds at once.
        await _cached.ApplyAsync(new MembershipChange { Members = [Member("d", "赵六")] }, None);
        Assert.Equal(["a", "b", "d"], Ids(await _cached.ListMembersAsync(None)));
        Assert.Equal(2, (await _cached.ListGroupsAsync(None)).Count);
    }

    [Fact]
    public void The_engine_tells_another_contexts_write_from_its_own()
    {
        var outside = _server.OutsideWrites!;
        var members = _server.Collection<LiteDB.BsonDocument>(LiteDbCollections.Members);
        members.Insert(new LiteDB.BsonDocument { ["_id"] = "m1", ["Name"] = "张三" });
        var mark = outside.Mark;
        Assert.True(outside.NoneSince(mark));

        members.Update(new LiteDB.BsonDocument { ["_id"] = "m1", ["Name"] = "张三丰" });
        Assert.True(outside.NoneSince(mark));

        _cli.Collection<LiteDB.BsonDocument>(LiteDbCollections.Members).Update(new LiteDB.BsonDocument { ["_id"] = "m1", ["Name"] = "李四" });
        Assert.False(outside.NoneSince(mark));
        Assert.True(outside.NoneSince(outside.Mark));
        using var memory = LiteDbContext.InMemory();
        Assert.Null(memory.OutsideWrites);
    }

    public void Dispose()
    {
        _cached.Dispose();
        _cli.Dispose();
        _server.Dispose();
        _folder.Delete(recursive: true);
    }

    private static CancellationToken None => CancellationToken.None;

    private Member Member(string id, string name) => new() { Id = id, Name = name, CreatedAt = _time.GetUtcNow() };

    private PartyGroup Group(string id) => new() { Id = id, Name = $"党小组{id}", CreatedAt = _time.GetUtcNow() };

    private static List<string> Ids(IReadOnlyList<Member> members) => [.. members.Select(m => m.Id).Order(StringComparer.Ordinal)];
}
