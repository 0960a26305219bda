using BranchBot.Storage.Postgres.Delivery;
using BranchBot.Tests.Storage.Contracts;

namespace BranchBot.Tests.Storage.Postgres;

/// <summary>Two instances' ledgers over one database hand out disjoint send slots, and a pause holds both.</summary>
public sealed class PostgresDeliveryRateLedgerTests : StoreContract
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);

    protected override async Task<StoreBackend> OpenAsync() => await PostgresBackend.CreateAsync();

    [SkippableFact]
    public async Task Slots_taken_by_two_instances_at_once_never_overlap()
    {
        var database = ((PostgresBackend)await BackendAsync()).Database;
        var first = new PostgresDeliveryRateLedger(database);
        var second = new PostgresDeliveryRateLedger(database);

        var starts = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? first : second).TakeAsync(10, Interval, At, None).AsTask()));

        var ordered = starts.Order().ToList();
        Assert.Equal(At, ordered[0]);
        for (var i = 1; i < ordered.Count; i++)
        {
            Assert.Equal(ordered[i - 1] + Interval * 10, ordered[i]);
        }
    }

    [SkippableFact]
    public async Task A_pause_from_one_instance_holds_the_other()
    {
        var database = ((PostgresBackend)await BackendAsync()).Database;
        await new PostgresDeliveryRateLedger(database).PauseUntilAsync(At.AddSeconds(30), None);

        Assert.Equal(At.AddSeconds(30), await new PostgresDeliveryRateLedger(database).TakeAsync(1, Interval, At, None));
    }
}
