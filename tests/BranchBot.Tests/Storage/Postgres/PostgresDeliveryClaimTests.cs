using BranchBot.Core.Delivery;
using BranchBot.Storage.Postgres.Delivery;
using BranchBot.Tests.Storage.Contracts;

namespace BranchBot.Tests.Storage.Postgres;

/// <summary>
/// Outbox claims across instances: each claim names its instance and holds for a lease. A restarting instance settles
/// only its own claims and expired ones; the claims of a dead instance that never returns are settled once their lease
/// is over, by whichever instance claims next.
/// </summary>
public sealed class PostgresDeliveryClaimTests : StoreContract
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    protected override async Task<StoreBackend> OpenAsync() => await PostgresBackend.CreateAsync();

    [SkippableFact]
    public async Task A_restart_settles_its_own_claims_and_leaves_another_live_instances_alone()
    {
        var database = ((PostgresBackend)await BackendAsync()).Database;
        var first = new PostgresDeliveryStore(database, new DeliveryClaimant("first", Lease));
        var second = new PostgresDeliveryStore(database, new DeliveryClaimant("second", Lease));
        await first.AddAsync(new DeliveryRequest("b1", ["m1", "m2", "m3", "m4"], new DeliveryMessage("通知")), At, None);
        Assert.Equal(2, (await first.RecordAndClaimAsync([], At, 2, None)).Count);
        Assert.Equal(2, (await second.RecordAndClaimAsync([], At, 2, None)).Count);

        var firstAgain = new PostgresDeliveryStore(database, new DeliveryClaimant("first", Lease));
        Assert.Equal(2, await firstAgain.MarkInFlightUnknownAsync(At.AddSeconds(30), None));

        var items = await first.GetBatchAsync("b1", None);
        Assert.Equal(2, items.Count(i => i.State == DeliveryState.Unknown));
        Assert.Equal(2, items.Count(i => i.State == DeliveryState.InFlight));
    }

    [SkippableFact]
    public async Task A_dead_instances_claims_are_settled_by_the_next_claim_after_their_lease()
    {
        var database = ((PostgresBackend)await BackendAsync()).Database;
        var dead = new PostgresDeliveryStore(database, new DeliveryClaimant("dead", Lease));
        var alive = new PostgresDeliveryStore(database, new DeliveryClaimant("alive", Lease));
        await dead.AddAsync(new DeliveryRequest("b1", ["m1", "m2"], new DeliveryMessage("通知")), At, None);
        Assert.Equal(2, (await dead.RecordAndClaimAsync([], At, 10, None)).Count);

        Assert.Empty(await alive.RecordAndClaimAsync([], At.AddMinutes(1), 10, None));
        Assert.All(await alive.GetBatchAsync("b1", None), i => Assert.Equal(DeliveryState.InFlight, i.State));

        Assert.Empty(await alive.RecordAndClaimAsync([], At + Lease + TimeSpan.FromSeconds(1), 10, None));
        Assert.All(await alive.GetBatchAsync("b1", None), i => Assert.Equal(DeliveryState.Unknown, i.State));
    }
}
