using BranchBot.Core.Membership;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Membership;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BranchBot.Tests.Membership;

/// <summary>
/// The roster and 党小组 kept in memory: a write through the cache is seen at once, a write by another process (here
/// straight to the store, as the roster CLI writes to the file) once the cache's few seconds have passed.
/// </summary>
public sealed class CachedMembershipStoreTests : IDisposable
{
    private readonly LiteDbContext _context = LiteDbContext.InMemory();
    private readonly LiteDbMembershipStore _stored;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 1, 0, 0, TimeSpan.Zero));
    private readonly CachedMembershipStore _cached;

    public CachedMembershipStoreTests()
    {
        _stored = new LiteDbMembershipStore(_context);
        _cached = new CachedMembershipStore(_stored, _time, Options.Create(new MembershipOptions { DirectoryCacheSeconds = 5 }));
    }

    [Fact]
    public async Task A_member_added_or_removed_through_the_cache_is_in_the_roster_at_once()
    {
        await _cached.ApplyAsync(new MembershipChange { Members = [Member("a", "张三")] }, CancellationToken.None);
        Assert.Equal(["a"], Ids(await _cached.ListMembersAsync(CancellationToken.None)));

        await _cached.ApplyAsync(new MembershipChange { Members = [Member("b", "李四")], Groups = [Group("g1")] }, CancellationToken.None);
        Assert.Equal(["a", "b"], Ids(await _cached.ListMembersAsync(CancellationToken.None)));
        Assert.Equal("李四", (await _cached.GetMemberAsync("b", CancellationToken.None))!.Name);
        Assert.Single(await _cached.ListGroupsAsync(CancellationToken.None));

        await _cached.ApplyAsync(new MembershipChange { Members = [Member("a", "张三") with { RemovedAt = _time.GetUtcNow() }] }, CancellationToken.None);
        Assert.Equal(["b"], Ids(await _cached.ListMembersAsync(CancellationToken.None)));
        Assert.NotNull((await _cached.GetMemberAsync("a", CancellationToken.None))!.RemovedAt);
    }

    [Fact]
    public async Task The_committee_is_the_roster_s_secretaries_and_committee_members_and_follows_a_role_change()
    {
        await _cached.ApplyAsync(new MembershipChange
        {
            Members = [Member("a", "张三") with { Role = MemberRole.Secretary }, Member("b", "李四"), Member("c", "王五") with { Role = MemberRole.Committee }],
        }, CancellationToken.None);
        Assert.Equal(["a", "c"], Ids(await _cached.ListCommitteeAsync(CancellationToken.None)));

        await _cached.ApplyAsync(new MembershipChange { Members = [Member("b", "李四") with { Role = MemberRole.DeputySecretary }] }, CancellationToken.None);
        Assert.Equal(["a", "b", "c"], Ids(await _cached.ListCommitteeAsync(CancellationToken.None)));

        await _cached.ApplyAsync(new MembershipChange { Members = [Member("c", "王五") with { RemovedAt = _time.GetUtcNow() }] }, CancellationToken.None);
        Assert.Equal(["a", "b"], Ids(await _cached.ListCommitteeAsync(CancellationToken.None)));

        // The store's own answer (no cache) is the same list.
        Assert.Equal(["a", "b"], Ids(await ((IMembershipStore)_stored).ListCommitteeAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task Another_processs_change_is_seen_once_the_cache_time_has_passed()
    {
        await _cached.ApplyAsync(new MembershipChange { Members = [Member("a", "张三")] }, CancellationToken.None);
        Assert.Equal(["a"], Ids(await _cached.ListMembersAsync(CancellationToken.None)));
        Assert.Empty(await _cached.ListGroupsAsync(CancellationToken.None));

        await _stored.ApplyAsync(new MembershipChange { Members = [Member("a", "张三丰"), Member("c", "王五") with { ChatAccounts = [new ChatAccount("emulator", "c")] }], Groups = [Group("g1")] }, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(["a"], Ids(await _cached.ListMembersAsync(CancellationToken.None)));

        // Past the cache time the held roster still answers while one read of the store runs; then the new one does.
        _time.Advance(TimeSpan.FromSeconds(2));
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (Ids(await _cached.ListMembersAsync(CancellationToken.None)).Count < 2 && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(10);
        }

        Assert.Equal(["a", "c"], Ids(await _cached.ListMembersAsync(CancellationToken.None)));
        Assert.Equal("张三丰", (await _cached.GetMemberAsync("a", CancellationToken.None))!.Name);
        Assert.Equal("王五", (await _cached.FindByChatAccountAsync(new ChatAccount("emulator", "c"), CancellationToken.None))!.Name);
        Assert.Single(await _cached.ListGroupsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_roster_read_that_began_before_a_write_is_not_kept_after_it()
    {
        for (var round = 0; round < 50; round++)
        {
            var reading = Task.Run(async () => await _cached.ListMembersAsync(CancellationToken.None));
            await _cached.ApplyAsync(new MembershipChange { Members = [Member($"m{round}", $"党员{round}")] }, CancellationToken.None);
            await reading;
            Assert.Contains($"m{round}", Ids(await _cached.ListMembersAsync(CancellationToken.None)));
        }
    }

    public void Dispose() => _context.Dispose();

    private Member Member(string id, string name) => new() { Id = id, Name = name, CreatedAt = _time.GetUtcNow() };

    private PartyGroup Group(string id) => new() { Id = id, Name = "第一党小组", CreatedAt = _time.GetUtcNow() };

    private static List<string> Ids(IReadOnlyList<Member> members) => [.. members.Select(m => m.Id).Order(StringComparer.Ordinal)];
}
