using BranchBot.Core.Delivery;

namespace BranchBot.Tests.Delivery;

public class DeliveryRetryTests
{
    private static DeliveryOptions Options(int maxAttempts = 3) => new()
    {
        MaxPerSecond = 0,
        MaxAttempts = maxAttempts,
        BaseRetryDelay = TimeSpan.FromSeconds(2),
        MaxRetryDelay = TimeSpan.FromMinutes(1),
    };

    [Fact]
    public async Task A_transient_failure_is_retried_after_a_backoff_and_then_delivered()
    {
        using var engine = new DeliveryEngine(Options());
        engine.Channel.Answer("m1", new DeliveryAttempt(DeliveryAttemptKind.Transient, "HTTP 500"));
        await engine.EnqueueAsync("b", ["m1"]);

        await engine.Dispatcher.RunDueAsync(CancellationToken.None);
        var afterFirst = Assert.Single((await engine.ReportAsync("b")).Items);
        Assert.Equal((DeliveryState.Pending, 1, "HTTP 500"), (afterFirst.State, afterFirst.Attempts, afterFirst.LastError));
        var retryAt = (await engine.Store.NextDueAsync(CancellationToken.None))!.Value;
        var delay = retryAt - engine.Clock.GetUtcNow();
        Assert.InRange(delay, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));

        await engine.Dispatcher.RunDueAsync(CancellationToken.None);
        Assert.Single(engine.Channel.Sends);

        engine.Clock.Advance(delay);
        await engine.Dispatcher.RunDueAsync(CancellationToken.None);
        var item = Assert.Single((await engine.ReportAsync("b")).Items);
        Assert.Equal((DeliveryState.Sent, 2), (item.State, item.Attempts));
    }

    [Fact]
    public async Task Repeated_server_errors_fail_the_item_after_the_attempt_bound_with_growing_delays()
    {
        using var engine = new DeliveryEngine(Options(maxAttempts: 3));
        var error = new DeliveryAttempt(DeliveryAttemptKind.Transient, "HTTP 500");
        engine.Channel.Answer("m1", error, error, error, error);
        await engine.EnqueueAsync("b", ["m1"]);

        var delays = new List<TimeSpan>();
        for (var pass = 0; pass < 5; pass++)
        {
            await engine.Dispatcher.RunDueAsync(CancellationToken.None);
            if (await engine.Store.NextDueAsync(CancellationToken.None) is { } next)
            {
                delays.Add(next - engine.Clock.GetUtcNow());
                engine.Clock.SetUtcNow(next);
            }
        }

        var item = Assert.Single((await engine.ReportAsync("b")).Items);
        Assert.Equal((DeliveryState.Failed, 3, "HTTP 500"), (item.State, item.Attempts, item.LastError));
        Assert.Equal(3, engine.Channel.Sends.Count);
        Assert.Equal(2, delays.Count);
        Assert.InRange(delays[0], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        Assert.InRange(delays[1], TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task Unreachable_and_rejected_recipients_are_not_retried()
    {
        using var engine = new DeliveryEngine(Options());
        engine.Channel.Answer("m1", new DeliveryAttempt(DeliveryAttemptKind.Unreachable, "HTTP 403"));
        engine.Channel.Answer("m2", new DeliveryAttempt(DeliveryAttemptKind.Rejected, "HTTP 400"));
        await engine.EnqueueAsync("b", ["m1", "m2", "m3"]);

        await engine.Dispatcher.RunDueAsync(CancellationToken.None);
        engine.Clock.Advance(TimeSpan.FromHours(1));
        await engine.Dispatcher.RunDueAsync(CancellationToken.None);

        var report = await engine.ReportAsync("b");
        Assert.Equal(DeliveryState.Unreachable, report.Items.Single(i => i.MemberId == "m1").State);
        Assert.Equal(DeliveryState.Failed, report.Items.Single(i => i.MemberId == "m2").State);
        Assert.Equal(DeliveryState.Sent, report.Items.Single(i => i.MemberId == "m3").State);
        Assert.Equal(3, engine.Channel.Sends.Count);
        Assert.Equal(0, report.Outstanding);
    }

    [Fact]
    public async Task A_429_waits_for_its_retry_after_and_holds_every_other_send_too()
    {
        using var engine = new DeliveryEngine(new DeliveryOptions { MaxPerSecond = 0, MaxConcurrency = 1 });
        engine.Channel.Answer("m1", new DeliveryAttempt(DeliveryAttemptKind.Throttled, "HTTP 429", TimeSpan.FromSeconds(10)));
        await engine.EnqueueAsync("b", ["m1"]);
        await engine.EnqueueAsync("c", ["m2"]);
        var start = engine.Clock.GetUtcNow();

        await engine.RunDueWhileAdvancingAsync(TimeSpan.FromMilliseconds(500), TimeSpan.FromMinutes(1));

        // The retry may fall in the same pass or the next one, depending on when the 429's result was stored.
        await engine.RunDueWhileAdvancingAsync(TimeSpan.FromMilliseconds(500), TimeSpan.FromMinutes(1));
        var other = engine.Channel.Sends.Single(s => s.MemberId == "m2");
        Assert.True(other.At >= start.AddSeconds(10), $"m2 was sent {other.At - start} after the 429, before its Retry-After of 10 s.");
        var retried = engine.Channel.Sends.Where(s => s.MemberId == "m1").Select(s => s.At - start).ToList();
        Assert.Equal(2, retried.Count);
        Assert.True(retried[1] >= TimeSpan.FromSeconds(10), $"m1 was retried {retried[1]} after its 429, before its Retry-After of 10 s.");
        var first = (await engine.ReportAsync("b")).Items.Single();
        Assert.Equal((DeliveryState.Sent, 2), (first.State, first.Attempts));
    }

    [Fact]
    public async Task Throttling_is_not_the_items_fault_so_it_has_its_own_larger_bound()
    {
        using var engine = new DeliveryEngine(new DeliveryOptions { MaxPerSecond = 0, MaxAttempts = 2, MaxThrottledAttempts = 4 });
        var throttled = new DeliveryAttempt(DeliveryAttemptKind.Throttled, "HTTP 429", TimeSpan.FromSeconds(1));
        engine.Channel.Answer("m1", throttled, throttled, throttled, throttled, throttled);
        await engine.EnqueueAsync("b", ["m1"]);

        for (var pass = 0; pass < 6; pass++)
        {
            await engine.RunDueWhileAdvancingAsync(TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(5));
            engine.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var item = (await engine.ReportAsync("b")).Items.Single();
        Assert.Equal((DeliveryState.Failed, 4), (item.State, item.Attempts));
    }
}
