using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Membership;
using BranchBot.Storage.LiteDb.Organisation;
using LiteDB;

namespace BranchBot.Tests.Storage;

/// <summary>
/// Two branches in one database, seeded through the raw collections: the membership store of branch 甲 never returns
/// 乙's members, groups or invites, and never writes over or deletes them.
/// </summary>
public sealed class MembershipIsolationTests : IDisposable
{
    private static readonly DateTimeOffset At = TwoBranchDatabase.At;

    private readonly LiteDbContext _context = TwoBranchDatabase.Create();
    private readonly LiteDbMembershipStore _a;

    public MembershipIsolationTests()
    {
        Seed("A", "m_a", "甲张三", "g_a", "甲小组", "hash_a", "a-phone");
        Seed("B", "m_b", "乙李四", "g_b", "乙小组", "hash_b", "b-phone");
        _a = new LiteDbMembershipStore(_context, new BranchContext("A"));
    }

    [Fact]
    public async Task Reads_return_only_the_branchs_own_documents()
    {
        var none = CancellationToken.None;

        Assert.Equal(["甲张三"], (await _a.ListMembersAsync(none)).Select(m => m.Name));
        Assert.Equal(["甲小组"], (await _a.ListGroupsAsync(none)).Select(g => g.Name));
        Assert.Equal(["hash_a"], (await _a.ListInvitesAsync(none)).Select(i => i.CodeHash));
        Assert.Null(await _a.GetMemberAsync("m_b", none));
        Assert.Null(await _a.GetInviteAsync("hash_b", none));
        Assert.Null(await _a.FindByChatAccountAsync(new ChatAccount("test", "b-phone"), none));
        Assert.Equal("甲张三", (await _a.FindByChatAccountAsync(new ChatAccount("test", "a-phone"), none))!.Name);
        Assert.Equal(("A", "甲支部"), ((await _a.GetBranchAsync(none))!.Id, (await _a.GetBranchAsync(none))!.Name));
    }

    [Fact]
    public async Task Writes_land_in_the_branch_and_never_touch_another()
    {
        var before = Snapshot("B");

        await _a.ApplyAsync(new MembershipChange
        {
            Members = [new Member { Id = "m_new", Name = "甲王五", CreatedAt = At }],
            Groups = [new PartyGroup { Id = "g_new", Name = "甲二组", CreatedAt = At }],
            Invites = [new Invite("hash_new", "m_new", At, At.AddDays(7))],
            DeletedInviteHashes = ["hash_b"],
        }, CancellationToken.None);

        Assert.Equal("A", _context.Database.GetCollection(LiteDbCollections.Members).FindById("m_new")["BranchId"].AsString);
        Assert.Equal("A", _context.Database.GetCollection(LiteDbCollections.PartyGroups).FindById("g_new")["BranchId"].AsString);
        Assert.Equal("A", _context.Database.GetCollection(LiteDbCollections.Invites).FindById("hash_new")["BranchId"].AsString);
        Assert.Equal(before, Snapshot("B"));
    }

    [Fact]
    public async Task Writing_over_another_branchs_member_or_branch_is_refused_and_changes_nothing()
    {
        var before = Snapshot("B");
        var stolen = new Member { Id = "m_b", Name = "乙李四", Role = MemberRole.Secretary, CreatedAt = At };

        await Assert.ThrowsAsync<BranchMismatchException>(async () => await _a.ApplyAsync(new MembershipChange { Members = [stolen] }, CancellationToken.None));
        await Assert.ThrowsAsync<BranchMismatchException>(async () => await _a.ApplyAsync(new MembershipChange { Groups = [new PartyGroup { Id = "g_b", Name = "改名", CreatedAt = At }] }, CancellationToken.None));
        await Assert.ThrowsAsync<BranchMismatchException>(async () => await _a.ApplyAsync(new MembershipChange { Branch = new Branch { Id = "B", Name = "改名" } }, CancellationToken.None));

        Assert.Equal(before, Snapshot("B"));
        Assert.Equal("乙支部", _context.Database.GetCollection(LiteDbCollections.OrgUnits).FindById("B")["Name"].AsString);
    }

    public void Dispose() => _context.Dispose();

    private void Seed(string branch, string memberId, string name, string groupId, string group, string inviteHash, string account)
    {
        var database = _context.Database;
        database.GetCollection(LiteDbCollections.PartyGroups).Insert(new BsonDocument { ["_id"] = groupId, ["BranchId"] = branch, ["Name"] = group, ["CreatedAt"] = At.UtcDateTime });
        database.GetCollection(LiteDbCollections.Members).Insert(new BsonDocument
        {
            ["_id"] = memberId,
            ["BranchId"] = branch,
            ["Name"] = name,
            ["Role"] = "Member",
            ["GroupId"] = groupId,
            ["ChatAccounts"] = new BsonArray { new BsonDocument { ["ChannelId"] = "test", ["UserId"] = account } },
            ["AccountKeys"] = new BsonArray { new BsonValue($"test|{account}") },
            ["CreatedAt"] = At.UtcDateTime,
            ["RemovedAt"] = BsonValue.Null,
        });
        database.GetCollection(LiteDbCollections.Invites).Insert(new BsonDocument
        {
            ["_id"] = inviteHash, ["BranchId"] = branch, ["MemberId"] = memberId, ["CreatedAt"] = At.UtcDateTime, ["ExpiresAt"] = At.AddDays(7).UtcDateTime,
        });
    }

    private List<string> Snapshot(string branch) =>
        TwoBranchDatabase.Snapshot(_context, branch, LiteDbCollections.Members, LiteDbCollections.PartyGroups, LiteDbCollections.Invites);
}
