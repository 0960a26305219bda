using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace BranchBot.BotFramework.Tests.Support;

/// <summary>
/// A fake clock that also reports each timer created on it (Task.Delay, timed cancellation), so a test can wait
/// until the code under test is actually waiting, see for how long, and then move time on.
/// </summary>
internal sealed class StepClock : FakeTimeProvider
{
    public static readonly DateTimeOffset StartTime = new(2031, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public StepClock() : base(StartTime)
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _timers.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>The due time of the next timer created that matches, waiting (in real time) up to 10 seconds for it.</summary>
    public async Task<TimeSpan> NextTimerAsync(Func<TimeSpan, bool> matches)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var due = await _timers.Reader.ReadAsync(patience.Token);
            if (matches(due))
            {
                return due;
            }
        }
    }
}
