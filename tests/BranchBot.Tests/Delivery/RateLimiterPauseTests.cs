using BranchBot.Core.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace BranchBot.Tests.Delivery;

/// <summary>
/// A pause that ends part-way through a millisecond. Task.Delay counts whole milliseconds, so waiting for such a
/// remainder took no time at all: the sender asked again at once, still paused, and spun until someone else moved the
/// clock. On a test's fake clock the one who moves it can be the spinning thread itself (the clock's timer runs the
/// sender inline): the outbox tests that hung CI were stuck exactly there.
/// </summary>
public sealed class RateLimiterPauseTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 5, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData(0.4)]
    [InlineData(1.5)]
    [InlineData(1234.567)]
    public async Task A_pause_ending_inside_a_millisecond_is_waited_out_on_the_clock_not_spun_out(double pauseMilliseconds)
    {
        var clock = new FakeTimeProvider(Start);
        var limiter = new DeliveryRateLimiter(clock, perSecond: 0);
        limiter.PauseUntil(Start.AddTicks((long)(pauseMilliseconds * TimeSpan.TicksPerMillisecond)));

        Task? waiting = null;
        var call = Task.Run(() => { waiting = limiter.WaitAsync(CancellationToken.None); });
        var returned = await Task.WhenAny(call, Task.Delay(Patience)) == call;
        if (!returned)
        {
            clock.Advance(TimeSpan.FromSeconds(5)); // frees the spinning call before failing
        }

        Assert.True(returned, "asking for a turn while paused did not return: it spun instead of waiting on the clock");
        Assert.False(waiting!.IsCompleted);

        // Moved well past the pause from a thread that runs what the clock's timers wake, as the outbox tests move it.
        var advanced = Task.Run(() => clock.Advance(TimeSpan.FromSeconds(5)));
        Assert.Same(advanced, await Task.WhenAny(advanced, Task.Delay(Patience)));
        await waiting.WaitAsync(Patience);
    }
}
