using BranchBot.Core.Broadcasts;

namespace BranchBot.Tests.Storage.Contracts;

/// <summary>Broadcast numbers per branch, acknowledgements once, source keys and replies, on either database.</summary>
public abstract class BroadcastStoreContract : StoreContract
{
    [SkippableFact]
    public async Task Numbers_count_per_branch_and_recent_ones_come_newest_first()
    {
        var backend = await BackendAsync();
        var a = backend.Broadcasts("A");
        Assert.Equal(0, await a.LastNumberAsync(None));
        await a.SaveAsync(Broadcast(a, 1, "一"), None);
        await a.SaveAsync(Broadcast(a, 2, "二"), None);
        await a.SaveAsync((await a.GetAsync(1, None))! with { WithdrawnAt = At.AddHours(1) }, None);

        Assert.Equal(2, await a.LastNumberAsync(None));
        Assert.Equal(0, await backend.Broadcasts("B").LastNumberAsync(None));
        Assert.Equal(["二", "一"], (await a.ListRecentAsync(5, None)).Select(b => b.Text));
        Assert.True((await a.GetAsync(1, None))!.IsWithdrawn);
        Assert.Null(await backend.Broadcasts("B").GetAsync(1, None));
    }

    [SkippableFact]
    public async Task An_acknowledgement_is_stored_once_and_source_keys_find_their_broadcast()
    {
        var backend = await BackendAsync();
        var a = backend.Broadcasts("A");
        await a.SaveAsync(Broadcast(a, 1, "计划的") with { SourceKey = "plan:1:2026-11-25" }, None);

        Assert.True(await a.TryAddAcknowledgementAsync(new BroadcastAcknowledgement(1, "m1", At), None));
        Assert.False(await a.TryAddAcknowledgementAsync(new BroadcastAcknowledgement(1, "m1", At.AddMinutes(1)), None));
        Assert.True(await a.HasAcknowledgedAsync(1, "m1", None));
        Assert.False(await backend.Broadcasts("B").HasAcknowledgedAsync(1, "m1", None));
        Assert.Equal(1, (await a.FindBySourceKeyAsync("plan:1:2026-11-25", None))!.Number);
        Assert.Null(await backend.Broadcasts("B").FindBySourceKeyAsync("plan:1:2026-11-25", None));

        await a.SaveReplyAsync(new BroadcastReply("br_2", 1, "m2", "后到", At.AddMinutes(2)), None);
        await a.SaveReplyAsync(new BroadcastReply("br_1", 1, "m1", "先到", At.AddMinutes(1)), None);
        Assert.Equal(["先到", "后到"], (await a.ListRepliesAsync(1, None)).Select(r => r.Text));
    }

    internal static Broadcast Broadcast(IBroadcastStore store, int number, string text) => new()
    {
        Number = number, AuthorId = "m1", Text = text, Audience = BroadcastAudience.Branch, AudienceLabel = "全支部", RecipientIds = ["m1", "m2"],
        CreatedAt = At.AddMinutes(number), BatchBase = store.BatchBaseOf(number),
    };
}

public sealed class LiteDbBroadcastStoreContractTests : BroadcastStoreContract
{
    protected override Task<StoreBackend> OpenAsync() => Task.FromResult<StoreBackend>(new LiteDbBackend());
}

public sealed class PostgresBroadcastStoreContractTests : BroadcastStoreContract
{
    protected override async Task<StoreBackend> OpenAsync() => await PostgresBackend.CreateAsync();
}
