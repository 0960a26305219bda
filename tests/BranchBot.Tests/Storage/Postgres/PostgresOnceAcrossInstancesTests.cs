using BranchBot.Core.Broadcasts;
using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;
using BranchBot.Storage.Postgres;
using BranchBot.Tests.Storage.Contracts;

namespace BranchBot.Tests.Storage.Postgres;

/// <summary>
/// What LiteDB guards with an in-process lock holds on PostgreSQL across instances, by constraint or row lock: two
/// stores over one database (two instances) race, exactly one wins, and the loser's whole change is left out.
/// </summary>
public sealed class PostgresOnceAcrossInstancesTests : StoreContract
{
    protected override async Task<StoreBackend> OpenAsync() => await PostgresBackend.CreateAsync();

    [SkippableFact]
    public async Task An_invite_is_redeemed_by_one_instance_only()
    {
        var backend = await BackendAsync();
        await backend.Membership("A").ApplyAsync(new MembershipChange { Members = [Member("m1")], Invites = [new Invite("hash-1", "m1", At, At.AddDays(7))] }, None);

        var results = await Task.WhenAll(
            Outcome(() => backend.Membership("A").ApplyAsync(Redeem("wechat-u1"), None).AsTask()),
            Outcome(() => backend.Membership("A").ApplyAsync(Redeem("wechat-u2"), None).AsTask()));

        Assert.Single(results, ok => ok);
        var bound = (await backend.Membership("A").GetMemberAsync("m1", None))!.ChatAccounts;
        Assert.Single(bound);
    }

    [SkippableFact]
    public async Task A_branch_is_claimed_once()
    {
        var backend = await BackendAsync();
        await backend.Organisation().ApplyAsync(new()
        {
            Units = [new() { Id = "C", Kind = Core.Organisation.OrgUnitKind.Branch, Name = "丙支部", ParentId = "root" }],
        }, None);
        var branch = (await backend.Membership("C").GetBranchAsync(None))!;

        var results = await Task.WhenAll(
            Outcome(() => backend.Membership("C").ApplyAsync(new MembershipChange { Branch = branch with { ClaimedAt = At.AddMinutes(1) }, Members = [Member("s1")] }, None).AsTask()),
            Outcome(() => backend.Membership("C").ApplyAsync(new MembershipChange { Branch = branch with { ClaimedAt = At.AddMinutes(2) }, Members = [Member("s2")] }, None).AsTask()));

        Assert.Single(results, ok => ok);
        Assert.Single(await backend.Membership("C").ListMembersAsync(None));
    }

    [SkippableFact]
    public async Task A_broadcast_number_and_a_source_key_are_taken_once()
    {
        var backend = await BackendAsync();
        var one = backend.Broadcasts("A");
        var other = backend.Broadcasts("A");
        await one.SaveAsync(BroadcastStoreContract.Broadcast(one, 1, "先到") with { SourceKey = "plan:1:2026-11-25" }, None);

        await Assert.ThrowsAsync<ConcurrentWriteException>(async () =>
            await other.SaveAsync(BroadcastStoreContract.Broadcast(other, 1, "后到") with { AuthorId = "m2" }, None));
        await Assert.ThrowsAsync<ConcurrentWriteException>(async () =>
            await other.SaveAsync(BroadcastStoreContract.Broadcast(other, 2, "同源") with { SourceKey = "plan:1:2026-11-25" }, None));

        Assert.Equal("先到", (await one.GetAsync(1, None))!.Text);
        Assert.Equal(1, await one.LastNumberAsync(None));
    }

    [SkippableFact]
    public async Task A_plans_occurrences_are_generated_once()
    {
        var backend = await BackendAsync();
        await backend.Meetings("A").SaveManyAsync([MeetingStoreContract.Meeting("mt_1", At.AddDays(7), "例会", planId: "pl_1")], None);

        await Assert.ThrowsAsync<ConcurrentWriteException>(async () => await backend.Meetings("A").SaveManyAsync(
            [MeetingStoreContract.Meeting("mt_2", At.AddDays(14), "例会", planId: "pl_1"), MeetingStoreContract.Meeting("mt_3", At.AddDays(7), "例会", planId: "pl_1")], None));

        Assert.Single(await backend.Meetings("A").ListStartingBetweenAsync(At, At.AddDays(30), None));
    }

    [SkippableFact]
    public async Task Two_outbox_workers_never_take_the_same_item()
    {
        var backend = await BackendAsync();
        var members = Enumerable.Range(1, 300).Select(i => $"m{i}").ToList();
        await backend.Delivery().AddAsync(new DeliveryRequest("b1", members, new DeliveryMessage("通知")), At, None);

        var workers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var outbox = backend.Delivery();
            var taken = new List<string>();
            while ((await outbox.RecordAndClaimAsync([], At, 7, None)) is { Count: > 0 } claimed)
            {
                taken.AddRange(claimed.Select(i => i.MemberId));
            }

            return taken;
        })));

        var all = workers.SelectMany(w => w).ToList();
        Assert.Equal(members.Count, all.Count);
        Assert.Equal(members.Order(StringComparer.Ordinal), all.Order(StringComparer.Ordinal));
    }

    private static MembershipChange Redeem(string user) =>
        new() { Members = [Member("m1") with { ChatAccounts = [new ChatAccount("wechat", user)] }], DeletedInviteHashes = ["hash-1"] };

    private static Member Member(string id) => new() { Id = id, Name = "成员" + id, CreatedAt = At };

    private static async Task<bool> Outcome(Func<Task> write)
    {
        try
        {
            await write();
            return true;
        }
        catch (ConcurrentWriteException)
        {
            return false;
        }
    }
}
