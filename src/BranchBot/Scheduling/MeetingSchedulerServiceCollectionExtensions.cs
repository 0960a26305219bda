using BranchBot.Hosting;
using BranchBot.Core.Meetings;
using BranchBot.Core.Time;
using Quartz;

namespace BranchBot.Scheduling;

public static class MeetingSchedulerServiceCollectionExtensions
{
    /// <summary>Local times of the daily duties (plans' occurrences, compliance nudges), in the branch's zone.</summary>
    private static readonly string[] DailyCronExpressions = ["0 5 0 * * ?", "0 0 9 * * ?"];

    /// <summary>
    /// Quartz driven by the container's <see cref="TimeProvider"/>: one trigger per meeting event, rebuilt from the
    /// database at start-up, and the daily duties. In memory with LiteDB; with PostgreSQL one clustered job store
    /// shared by every instance (<see cref="ClusteredJobStore"/>), so every trigger has a fixed identity. The decisions (which events,
    /// when, what to send) live in plain classes so they are tested with a fake clock without Quartz.
    /// </summary>
    public static IServiceCollection AddMeetingScheduler(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<MeetingEventPlanner>();
        services.AddSingleton<AfterMeetingReport>();
        services.AddSingleton<MinutesForAbsentees>();
        services.AddSingleton<IMeetingChangeListener, MinutesSavedListener>();
        services.AddSingleton<MeetingEventRunner>();
        services.AddSingleton<DailyDuties>();
        services.AddSingleton<MeetingTriggerScheduler>();
        services.AddSingleton<IMeetingChangeListener>(provider => provider.GetRequiredService<MeetingTriggerScheduler>());
        services.AddSingleton<MeetingTriggerRebuilder>();
        services.AddTalkNudges();
        services.AddDuesNudges();
        services.AddDevelopmentNudges();
        services.AddComplianceSummary();

        services.AddQuartz(quartz =>
        {
            if (configuration.UsesPostgres())
            {
                quartz.UseClusteredPostgresStore(configuration);
            }
            else
            {
                quartz.UseInMemoryStore(_ => { });
            }

            quartz.AddJobType<MeetingEventJob>();
            quartz.AddJob<DailyDutiesJob>(job => job.WithIdentity(DailyDutiesJob.Key).StoreDurably());
            foreach (var cron in DailyCronExpressions)
            {
                quartz.AddTrigger((provider, trigger) => trigger
                    .WithIdentity($"daily-duties {cron}")
                    .ForJob(DailyDutiesJob.Key)
                    .WithCronSchedule(cron, c => c.InTimeZone(provider.GetRequiredService<BranchClock>().Zone)));
            }

            quartz.RunAtStartup(DailyDutiesJob.Key);
            quartz.AddTalkNudgesJob();
            quartz.AddDuesNudgesJob();
            quartz.AddDevelopmentNudgesJob();
            quartz.AddComplianceSummaryJob();
        });

        // Registered before Quartz's hosted service, so the triggers exist when the scheduler starts.
        services.AddHostedService(provider => provider.GetRequiredService<MeetingTriggerRebuilder>());
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }
}
