using BranchBot.Core.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace BranchBot.Tests.Delivery;

/// <summary>With a rate ledger (several instances), a send waits for the slot the ledger hands out, and a pause is passed on.</summary>
public sealed class SharedDeliveryRateTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_send_waits_for_the_deployments_slot_even_when_this_instance_has_tokens()
    {
        var clock = new FakeTimeProvider(Start);
        var ledger = new TakenElsewhere(Start.AddSeconds(2));
        var limiter = new DeliveryRateLimiter(clock, perSecond: 100, ledger);

        var waiting = limiter.WaitAsync(CancellationToken.None);
        await Task.Delay(50);
        Assert.False(waiting.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(2));
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(10, ledger.Tokens);
        Assert.Equal(TimeSpan.FromMilliseconds(10), ledger.Interval);
    }

    [Fact]
    public async Task Ten_sends_share_one_taking_of_slots_and_a_pause_reaches_the_ledger()
    {
        var clock = new FakeTimeProvider(Start);
        var ledger = new TakenElsewhere(Start);
        var limiter = new DeliveryRateLimiter(clock, perSecond: 100, ledger);

        for (var i = 0; i < 10; i++)
        {
            var send = limiter.WaitAsync(CancellationToken.None);
            clock.Advance(TimeSpan.FromMilliseconds(10));
            await send.WaitAsync(TimeSpan.FromSeconds(5));
        }

        limiter.PauseUntil(Start.AddSeconds(30));

        Assert.Equal(1, ledger.Takings);
        Assert.Equal(Start.AddSeconds(30), ledger.PausedUntil);
    }

    [Fact]
    public async Task Without_a_limit_the_ledger_is_not_asked()
    {
        var ledger = new TakenElsewhere(Start.AddHours(1));
        var limiter = new DeliveryRateLimiter(new FakeTimeProvider(Start), perSecond: 0, ledger);

        await limiter.WaitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(0, ledger.Takings);
    }

    private sealed class TakenElsewhere(DateTimeOffset firstFree) : IDeliveryRateLedger
    {
        public int Takings { get; private set; }

        public int Tokens { get; private set; }

        public TimeSpan Interval { get; private set; }

        public DateTimeOffset? PausedUntil { get; private set; }

        public ValueTask<DateTimeOffset> TakeAsync(int tokens, TimeSpan interval, DateTimeOffset now, CancellationToken cancellationToken)
        {
            Takings++;
            Tokens = tokens;
            Interval = interval;
            return ValueTask.FromResult(firstFree > now ? firstFree : now);
        }

        public ValueTask PauseUntilAsync(DateTimeOffset until, CancellationToken cancellationToken)
        {
            PausedUntil = until;
            return ValueTask.CompletedTask;
        }
    }
}
