using BranchBot.Core.Meetings;

namespace BranchBot.Scheduling;

/// <summary>
/// The database is the source of truth: at start-up every stored meeting that can still have an event due gets its
/// triggers again. Runs before Quartz starts (it is registered before Quartz's hosted service), so missed events
/// kept by the planner fire as soon as the scheduler starts, and sent markers keep anything from going out twice.
/// </summary>
public sealed partial class MeetingTriggerRebuilder(
    IMeetingStore meetings,
    MeetingTriggerScheduler triggers,
    MeetingEventPlanner planner,
    TimeProvider timeProvider,
    ILogger<MeetingTriggerRebuilder> logger) : IHostedService
{
    /// <summary>
    /// "Every meeting from now on": bounded only because LiteDB cannot compare against DateTime.MaxValue on a
    /// server east of UTC; nobody arranges a meeting a century ahead.
    /// </summary>
    private static readonly TimeSpan Onward = TimeSpan.FromDays(36_500);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var (meetingCount, triggerCount) = await RebuildAsync(cancellationToken);
        LogRebuilt(logger, meetingCount, triggerCount, timeProvider.GetElapsedTime(started).TotalMilliseconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Schedules every meeting starting from now − <see cref="MeetingEventPlanner.RebuildLookback"/> on.</summary>
    public async Task<(int Meetings, int Triggers)> RebuildAsync(CancellationToken cancellationToken)
    {
        var from = timeProvider.GetUtcNow() - planner.RebuildLookback;
        var stored = await meetings.ListStartingBetweenAsync(from, from + Onward, cancellationToken);
        var live = stored.Where(m => !m.IsCancelled).ToList();
        var scheduled = await triggers.ScheduleAsync(live, cancellationToken);
        return (live.Count, scheduled);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduler rebuilt from the database: {Meetings} meetings, {Triggers} triggers, in {Milliseconds:F0} ms.")]
    private static partial void LogRebuilt(ILogger logger, int meetings, int triggers, double milliseconds);
}
