using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;

namespace BranchBot.Tests.Storage.Contracts;

/// <summary>Members, invites and the branch view: what a branch's membership store reads and writes, on either database.</summary>
public abstract class MembershipStoreContract : StoreContract
{
    [SkippableFact]
    public async Task Members_and_invites_are_read_back_by_id_account_and_hash_within_their_branch()
    {
        var backend = await BackendAsync();
        var a = backend.Membership("A");
        await a.ApplyAsync(new MembershipChange
        {
            Members = [Member("m1", "张三", new ChatAccount("wechat", "u1")), Member("m2", "李四") with { RemovedAt = At }],
            Invites = [new Invite("hash-1", "m1", At, At.AddDays(7))],
        }, None);

        Assert.Equal("张三", (await a.GetMemberAsync("m1", None))!.Name);
        Assert.Equal("m1", (await a.FindByChatAccountAsync(new ChatAccount("wechat", "u1"), None))!.Id);
        Assert.Equal(["m1"], (await a.ListMembersAsync(None)).Select(m => m.Id));
        Assert.Equal(At.AddDays(7), (await a.GetInviteAsync("hash-1", None))!.ExpiresAt);
        Assert.Equal("甲支部", (await a.GetBranchAsync(None))!.Name);

        var b = backend.Membership("B");
        Assert.Null(await b.GetMemberAsync("m1", None));
        Assert.Null(await b.FindByChatAccountAsync(new ChatAccount("wechat", "u1"), None));
        Assert.Null(await b.GetInviteAsync("hash-1", None));
        Assert.Equal(new CodeHolder("A", CodeKind.MemberInvite), await backend.Directory().FindCodeAsync("hash-1", None));
        Assert.Equal("A", (await backend.Directory().LoadAsync(None)).ByAccountKey[new ChatAccount("wechat", "u1").Key]);
    }

    [SkippableFact]
    public async Task Writing_over_another_branchs_member_is_refused_and_changes_nothing()
    {
        var backend = await BackendAsync();
        await backend.Membership("B").ApplyAsync(new MembershipChange { Members = [Member("m_b", "乙成员")] }, None);

        await Assert.ThrowsAnyAsync<InvalidOperationException>(async () =>
            await backend.Membership("A").ApplyAsync(new MembershipChange { Members = [Member("m_new", "新人"), Member("m_b", "改掉")] }, None));

        Assert.Equal("乙成员", (await backend.Membership("B").GetMemberAsync("m_b", None))!.Name);
        Assert.Null(await backend.Membership("A").GetMemberAsync("m_new", None));
    }

    [SkippableFact]
    public async Task A_redeemed_invite_is_gone_and_the_member_bound()
    {
        var backend = await BackendAsync();
        var a = backend.Membership("A");
        await a.ApplyAsync(new MembershipChange { Members = [Member("m1", "张三")], Invites = [new Invite("hash-1", "m1", At, At.AddDays(7))] }, None);

        await a.ApplyAsync(new MembershipChange { Members = [Member("m1", "张三", new ChatAccount("wechat", "u1"))], DeletedInviteHashes = ["hash-1"] }, None);

        Assert.Null(await a.GetInviteAsync("hash-1", None));
        Assert.Null(await backend.Directory().FindCodeAsync("hash-1", None));
        Assert.Equal("m1", (await a.FindByChatAccountAsync(new ChatAccount("wechat", "u1"), None))!.Id);
    }

    private static Member Member(string id, string name, params ChatAccount[] accounts) =>
        new() { Id = id, Name = name, ChatAccounts = accounts, CreatedAt = At };
}

public sealed class LiteDbMembershipStoreContractTests : MembershipStoreContract
{
    protected override Task<StoreBackend> OpenAsync() => Task.FromResult<StoreBackend>(new LiteDbBackend());
}

public sealed class PostgresMembershipStoreContractTests : MembershipStoreContract
{
    protected override async Task<StoreBackend> OpenAsync() => await PostgresBackend.CreateAsync();
}
