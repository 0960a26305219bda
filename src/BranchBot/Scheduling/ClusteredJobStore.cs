using BranchBot.Hosting;
using Npgsql;
using Quartz;

namespace BranchBot.Scheduling;

/// <summary>
/// With PostgreSQL storage every instance shares one Quartz job store in the same database, clustered: a trigger fires
/// on exactly one instance, and the triggers of an instance that stops checking in (killed, frozen) are taken over by
/// the others once <see cref="SchedulerClusterOptions.CheckinInterval"/> and the misfire threshold have passed. Quartz
/// creates its own tables the first time (several instances racing is safe: the loser finds the winner's tables).
/// </summary>
internal static class ClusteredJobStore
{
    public const string SchedulerName = "BranchBot";

    public static void UseClusteredPostgresStore(this IQuartzBuilder quartz, IConfiguration configuration)
    {
        var options = configuration.GetSection(SchedulerClusterOptions.Section).Get<SchedulerClusterOptions>() ?? new SchedulerClusterOptions();
        quartz.ConfigureScheduler(scheduler =>
        {
            scheduler.InstanceName = SchedulerName;
            scheduler.IdleWaitTime = options.IdleWaitTime;

            // Quartz's own name for this instance (qrtz_scheduler_state, qrtz_fired_triggers) is the operator's, when
            // given: unique per instance, as the outbox needs it too; otherwise the host name and start time.
            if (configuration["BranchBot:InstanceName"] is { Length: > 0 } instance)
            {
                scheduler.InstanceId = instance;
            }
        });
        quartz.UsePersistentStore(store =>
        {
            store.UsePostgres(NpgsqlFactory.Instance, configuration.BranchBotConnectionString());
            store.UseSystemTextJsonSerializer();
            store.UseClustering(clustering =>
            {
                clustering.CheckinInterval = options.CheckinInterval;
                clustering.CheckinMisfireThreshold = options.CheckinMisfireThreshold;
            });
            store.ProvisionSchema();
        });
    }
}

/// <summary>Settings under <c>Scheduler</c>: how quickly the cluster notices an instance is gone.</summary>
public sealed class SchedulerClusterOptions
{
    public const string Section = "Scheduler";

    /// <summary>How often each instance tells the others it is alive.</summary>
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long an idle instance waits before it looks for due triggers again (others' and recovered ones).</summary>
    public TimeSpan IdleWaitTime { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How late a check-in may be before the instance counts as gone and its triggers are recovered.</summary>
    public TimeSpan CheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(5);
}
