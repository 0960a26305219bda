namespace BranchBot.Core.Delivery;

/// <summary>
/// Waits on a <see cref="TimeProvider"/> count whole milliseconds (Task.Delay and Task.WaitAsync drop the rest), so a
/// wait for "until that moment" is rounded up: a remainder under a millisecond would otherwise take no time at all, and
/// a loop waiting for the moment would spin until someone moved the clock.
/// </summary>
internal static class ClockWait
{
    public static TimeSpan Until(TimeSpan remaining)
    {
        if (remaining <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var milliseconds = (remaining.Ticks + TimeSpan.TicksPerMillisecond - 1) / TimeSpan.TicksPerMillisecond;
        return TimeSpan.FromMilliseconds(milliseconds);
    }
}
