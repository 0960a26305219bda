using BranchBot.Core.Delivery;
using BranchBot.Storage.LiteDb;

namespace BranchBot.Tests.Delivery;

public sealed class DeliveryCrashTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"branchbot-delivery-{Guid.NewGuid():N}.db");

    private LiteDbContext OpenFile() => LiteDbContext.Open($"Filename={_file};Connection=direct");

    [Fact]
    public async Task After_a_crash_items_in_flight_are_unknown_and_the_rest_are_delivered_once()
    {
        var members = DeliveryEngine.Members(50);
        IReadOnlyList<DeliveryItem> inFlightAtCrash;
        using (var beforeCrash = new DeliveryEngine(database: OpenFile()))
        {
            await beforeCrash.EnqueueAsync("broadcast:b1", members);
            await beforeCrash.EnqueueAsync("broadcast:b1", [.. members.Take(10)]);

            // A worker took these (persisted as in flight) and the process died before any result was written.
            inFlightAtCrash = await beforeCrash.Store.RecordAndClaimAsync([], beforeCrash.Clock.GetUtcNow(), 8, CancellationToken.None);
        }

        using var afterRestart = new DeliveryEngine(database: OpenFile());
        Assert.Equal(8, await afterRestart.Dispatcher.RecoverAsync(CancellationToken.None));
        await afterRestart.Dispatcher.RunDueAsync(CancellationToken.None);

        var report = await afterRestart.ReportAsync("broadcast:b1");
        Assert.Equal(50, report.Total);
        Assert.Equal(42, report.Count(DeliveryState.Sent));
        Assert.Equal(8, report.Count(DeliveryState.Unknown));
        Assert.Equal(0, report.Outstanding);
        var unknown = report.Items.Where(i => i.State == DeliveryState.Unknown).Select(i => i.MemberId).Order(StringComparer.Ordinal);
        Assert.Equal(inFlightAtCrash.Select(i => i.MemberId).Order(StringComparer.Ordinal), unknown);
        var sent = afterRestart.Channel.Sends.Select(s => s.MemberId).ToList();
        Assert.Equal(sent.Count, sent.Distinct().Count());
        Assert.Empty(sent.Intersect(unknown));
        Assert.Equal(members.Except(unknown).Order(StringComparer.Ordinal), sent.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_worker_stopped_mid_batch_puts_untried_items_back_and_the_restart_sends_exactly_the_rest()
    {
        var members = DeliveryEngine.Members(200);
        int sentBeforeStop;
        using (var first = new DeliveryEngine(new DeliveryOptions { MaxPerSecond = 0, MaxConcurrency = 4 }, OpenFile()))
        {
            await first.EnqueueAsync("b", members);
            using var stop = new CancellationTokenSource();
            var worker = first.Dispatcher.RunAsync(stop.Token);
            while (first.Channel.Sends.Count < 50)
            {
                await Task.Delay(1);
            }

            await stop.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => worker);
            sentBeforeStop = first.Channel.Sends.Count;
        }

        using var second = new DeliveryEngine(database: OpenFile());
        var unknown = await second.Dispatcher.RecoverAsync(CancellationToken.None);
        await second.Dispatcher.RunDueAsync(CancellationToken.None);

        var report = await second.ReportAsync("b");
        Assert.Equal(200, report.Total);
        Assert.Equal(0, report.Outstanding);
        Assert.Equal(0, unknown);
        Assert.Equal(200, report.Count(DeliveryState.Sent));
        Assert.Equal(200 - sentBeforeStop, second.Channel.Sends.Count);
    }

    public void Dispose() => File.Delete(_file);
}
