using BranchBot.Core.Delivery;

namespace BranchBot.Tests.Delivery;

public class DeliveryThrottlingTests
{
    [Fact]
    public async Task Sends_keep_to_the_global_rate_on_the_clock()
    {
        using var engine = new DeliveryEngine(new DeliveryOptions { MaxPerSecond = 20, MaxConcurrency = 8 });
        await engine.EnqueueAsync("b", DeliveryEngine.Members(100));
        var start = engine.Clock.GetUtcNow();

        await engine.RunDueWhileAdvancingAsync(TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(1));

        var times = engine.Channel.Sends.Select(s => s.At - start).Order().ToList();
        Assert.Equal(100, times.Count);

        // 20 a second with a burst of 2: the 100th send comes no sooner than 99 intervals less the burst.
        Assert.InRange(times[^1], TimeSpan.FromSeconds(4.9), TimeSpan.FromSeconds(5.3));
        for (var i = 0; i + 22 < times.Count; i++)
        {
            Assert.True(times[i + 22] - times[i] >= TimeSpan.FromSeconds(1), $"sends {i}..{i + 22} all fell within one second.");
        }

        Assert.Equal(100, (await engine.ReportAsync("b")).Count(DeliveryState.Sent));
    }

    [Fact]
    public async Task No_more_sends_than_the_concurrency_bound_are_in_flight_at_once()
    {
        using var engine = new DeliveryEngine(new DeliveryOptions { MaxPerSecond = 0, MaxConcurrency = 4 });
        var slowChannel = new RecordingDeliveryChannel(engine.Clock) { SendTime = TimeSpan.FromMilliseconds(20) };
        var dispatcher = engine.DispatcherOver(slowChannel);
        await engine.EnqueueAsync("b", DeliveryEngine.Members(40));

        await dispatcher.RunDueAsync(CancellationToken.None);

        Assert.Equal(40, slowChannel.Sends.Count);
        Assert.InRange(slowChannel.MaxInFlight, 2, 4);
    }

    [Fact]
    public async Task An_unlimited_rate_sends_everything_at_once_on_the_clock()
    {
        using var engine = new DeliveryEngine(new DeliveryOptions { MaxPerSecond = -1 });
        await engine.EnqueueAsync("b", DeliveryEngine.Members(50));

        await engine.Dispatcher.RunDueAsync(CancellationToken.None);

        Assert.All(engine.Channel.Sends, send => Assert.Equal(engine.Clock.GetUtcNow(), send.At));
        Assert.Equal(50, engine.Channel.Sends.Count);
    }
}
