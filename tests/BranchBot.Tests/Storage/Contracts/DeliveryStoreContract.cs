using BranchBot.Core.Delivery;

namespace BranchBot.Tests.Storage.Contracts;

/// <summary>The outbox: one item per (batch, member), claims earliest due first and exclusive, results only on items in flight.</summary>
public abstract class DeliveryStoreContract : StoreContract
{
    [SkippableFact]
    public async Task Items_are_added_once_claimed_when_due_and_recorded()
    {
        var outbox = (await BackendAsync()).Delivery();
        Assert.Equal(2, await outbox.AddAsync(new DeliveryRequest("b1", ["m1", "m2", "m1"], new DeliveryMessage("通知")), At, None));
        Assert.Equal(1, await outbox.AddAsync(new DeliveryRequest("b1", ["m2", "m3"], new DeliveryMessage("通知")), At, None));
        Assert.Equal(1, await outbox.AddAsync(new DeliveryRequest("later", ["m1"], new DeliveryMessage("稍后"), At.AddHours(1)), At, None));
        Assert.Equal(At, await outbox.NextDueAsync(None));

        var first = await outbox.RecordAndClaimAsync([], At, 2, None);
        var second = await outbox.RecordAndClaimAsync([], At, 10, None);

        Assert.Equal(2, first.Count);
        Assert.Equal(["m3"], second.Select(i => i.MemberId));
        Assert.All(first.Concat(second), item => Assert.Equal(DeliveryState.InFlight, item.State));
        await outbox.RecordAsync([new DeliveryItemUpdate("b1", "m1", DeliveryState.Sent, 1, At, At.AddSeconds(1), null)], None);
        var batch = await outbox.GetBatchAsync("b1", None);
        Assert.Equal(DeliveryState.Sent, batch.Single(i => i.MemberId == "m1").State);
        Assert.Equal(At.AddSeconds(1), batch.Single(i => i.MemberId == "m1").CompletedAt);
        Assert.Equal(At.AddHours(1), await outbox.NextDueAsync(None));
    }

    [SkippableFact]
    public async Task Cancelling_and_a_restart_leave_sent_items_alone()
    {
        var outbox = (await BackendAsync()).Delivery();
        await outbox.AddAsync(new DeliveryRequest("b1", ["m1", "m2", "m3"], new DeliveryMessage("通知", [new DeliveryButton("收到", "收到 1")])), At, None);
        var claimed = await outbox.RecordAndClaimBatchAsync("b1", [], At, 2, None);
        Assert.Equal("收到", claimed[0].Message.Buttons![0].Title);

        Assert.Equal(1, await outbox.CancelPendingAsync("b1", At, None));
        Assert.Equal(2, await outbox.MarkInFlightUnknownAsync(At.AddMinutes(1), None));
        await outbox.RecordAsync([new DeliveryItemUpdate("b1", claimed[0].MemberId, DeliveryState.Sent, 1, At, At.AddMinutes(2), null)], None);

        var states = (await outbox.GetBatchAsync("b1", None)).Select(i => i.State).Order().ToList();
        Assert.Equal([DeliveryState.Unknown, DeliveryState.Unknown, DeliveryState.Cancelled], states);
        Assert.Null(await outbox.NextDueAsync(None));
    }
}

public sealed class LiteDbDeliveryStoreContractTests : DeliveryStoreContract
{
    protected override Task<StoreBackend> OpenAsync() => Task.FromResult<StoreBackend>(new LiteDbBackend());
}

public sealed class PostgresDeliveryStoreContractTests : DeliveryStoreContract
{
    protected override async Task<StoreBackend> OpenAsync() => await PostgresBackend.CreateAsync();
}
