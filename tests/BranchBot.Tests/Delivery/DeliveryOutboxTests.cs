using BranchBot.Core.Delivery;

namespace BranchBot.Tests.Delivery;

public class DeliveryOutboxTests
{
    [Fact]
    public async Task Enqueuing_the_same_batch_and_member_again_keeps_the_first_item()
    {
        using var engine = new DeliveryEngine();

        Assert.Equal(2, await engine.EnqueueAsync("broadcast:b1", ["m1", "m2"], "第一次"));
        Assert.Equal(1, await engine.EnqueueAsync("broadcast:b1", ["m2", "m3", "m3"], "第二次"));
        await engine.Dispatcher.RunDueAsync(CancellationToken.None);

        var report = await engine.ReportAsync("broadcast:b1");
        Assert.Equal(3, report.Total);
        Assert.Equal(3, report.Count(DeliveryState.Sent));
        Assert.Equal(["m1:第一次", "m2:第一次", "m3:第二次"], engine.Channel.Sends.Select(s => $"{s.MemberId}:{s.Text}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Small_requests_made_at_the_same_time_are_each_added_once_and_counted_for_their_caller()
    {
        using var engine = new DeliveryEngine();

        // 40 notices at once, two per batch (the second repeats the first's member and adds one), and one large request.
        var small = Enumerable.Range(0, 20).SelectMany(n => new[]
        {
            engine.EnqueueAsync($"notice:{n}", [$"m{n}"], "通知"),
            engine.EnqueueAsync($"notice:{n}", [$"m{n}", $"s{n}"], "通知"),
        }).ToList();
        var large = engine.EnqueueAsync("broadcast:1", [.. Enumerable.Range(0, 120).Select(m => $"m{m}")], "广播");
        var counts = await Task.WhenAll(small);

        Assert.Equal(120, await large);
        Assert.Equal(40, counts.Sum());
        Assert.All(Enumerable.Range(0, 20), n => Assert.Equal(2, counts[2 * n] + counts[(2 * n) + 1]));
        for (var n = 0; n < 20; n++)
        {
            Assert.Equal([$"m{n}", $"s{n}"], (await engine.ReportAsync($"notice:{n}")).Items.Select(i => i.MemberId).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task The_same_member_in_another_batch_is_a_separate_item()
    {
        using var engine = new DeliveryEngine();

        await engine.EnqueueAsync("a", ["m1"]);
        await engine.EnqueueAsync("b", ["m1"]);
        await engine.Dispatcher.RunDueAsync(CancellationToken.None);

        Assert.Equal(2, engine.Channel.Sends.Count);
        Assert.Equal(1, (await engine.ReportAsync("a")).Count(DeliveryState.Sent));
        Assert.Equal(1, (await engine.ReportAsync("b")).Count(DeliveryState.Sent));
    }

    [Fact]
    public async Task Cancelling_withdraws_pending_items_but_not_those_already_sent_or_in_flight()
    {
        using var engine = new DeliveryEngine();
        await engine.EnqueueAsync("b", ["m1"]);
        await engine.Dispatcher.RunDueAsync(CancellationToken.None);
        await engine.EnqueueAsync("b", ["m2", "m3", "m4"]);
        var taken = await engine.Store.RecordAndClaimAsync([], engine.Clock.GetUtcNow(), 1, CancellationToken.None);

        var cancelled = await engine.Outbox.CancelPendingAsync("b", CancellationToken.None);
        await engine.Dispatcher.RunDueAsync(CancellationToken.None);

        Assert.Equal(2, cancelled);
        var report = await engine.ReportAsync("b");
        Assert.Equal(1, report.Count(DeliveryState.Sent));
        Assert.Equal(2, report.Count(DeliveryState.Cancelled));
        Assert.Equal(DeliveryState.InFlight, report.Items.Single(i => i.MemberId == taken.Single().MemberId).State);
        Assert.Equal(["m1"], engine.Channel.Sends.Select(s => s.MemberId));
    }

    [Fact]
    public async Task An_item_with_a_not_before_time_waits_for_it()
    {
        using var engine = new DeliveryEngine();
        await engine.EnqueueAsync("scheduled", ["m1"], notBefore: engine.Clock.GetUtcNow().AddHours(2));

        await engine.Dispatcher.RunDueAsync(CancellationToken.None);
        Assert.Empty(engine.Channel.Sends);
        Assert.Equal(1, (await engine.ReportAsync("scheduled")).Count(DeliveryState.Pending));
        Assert.Equal(engine.Clock.GetUtcNow().AddHours(2), await engine.Store.NextDueAsync(CancellationToken.None));

        engine.Clock.Advance(TimeSpan.FromHours(2));
        await engine.Dispatcher.RunDueAsync(CancellationToken.None);
        Assert.Equal(engine.Clock.GetUtcNow(), Assert.Single(engine.Channel.Sends).At);
    }

    [Fact]
    public async Task A_report_of_an_unknown_batch_is_empty()
    {
        using var engine = new DeliveryEngine();

        var report = await engine.ReportAsync("nothing");

        Assert.Equal(0, report.Total);
        Assert.Equal(0, report.Outstanding);
    }

    [Fact]
    public async Task The_background_worker_is_woken_by_an_enqueue_without_waiting_for_the_poll()
    {
        using var engine = new DeliveryEngine(new DeliveryOptions { MaxPerSecond = 0, PollInterval = TimeSpan.FromHours(1) });
        using var stop = new CancellationTokenSource();
        var worker = engine.Dispatcher.RunAsync(stop.Token);

        await engine.EnqueueAsync("b", ["m1", "m2"]);
        var deadline = Environment.TickCount64 + 10_000;
        while ((await engine.ReportAsync("b")).Count(DeliveryState.Sent) < 2 && Environment.TickCount64 < deadline)
        {
            await Task.Delay(10);
        }

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => worker);
        Assert.Equal(2, (await engine.ReportAsync("b")).Count(DeliveryState.Sent));
    }
}
