using BranchBot.Core.Meetings;
using BranchBot.Core.Time;
using Quartz;

namespace BranchBot.Scheduling;

public static class MeetingSchedulerServiceCollectionExtensions
{
    /// <summary>Local times of the daily duties (plans' occurrences, compliance nudges), in the branch's zone.</summary>
    private static readonly string[] DailyCronExpressions = ["0 5 0 * * ?", "0 0 9 * * ?"];

    /// <summary>
    /// Quartz with an in-memory job store, driven by the container's <see cref="TimeProvider"/>: one trigger per
    /// meeting event, rebuilt from the database at start-up, and the daily duties. The decisions (which events,
    /// when, what to send) live in plain classes so they are tested with a fake clock without Quartz.
    /// </summary>
    public static IServiceCollection AddMeetingScheduler(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<MeetingEventPlanner>();
        services.AddSingleton<AfterMeetingReport>();
        services.AddSingleton<MeetingEventRunner>();
        services.AddSingleton<DailyDuties>();
        services.AddSingleton<MeetingTriggerScheduler>();
        services.AddSingleton<IMeetingChangeListener>(provider => provider.GetRequiredService<MeetingTriggerScheduler>());
        services.AddSingleton<MeetingTriggerRebuilder>();
        services.AddTalkNudges();
        services.AddDevelopmentNudges();
        services.AddComplianceSummary();

        services.AddQuartz(quartz =>
        {
            quartz.UseInMemoryStore(_ => { });
            quartz.AddJobType<MeetingEventJob>();
            quartz.AddJob<DailyDutiesJob>(job => job.WithIdentity(DailyDutiesJob.Key).StoreDurably());
            foreach (var cron in DailyCronExpressions)
            {
                quartz.AddTrigger((provider, trigger) => trigger
                    .ForJob(DailyDutiesJob.Key)
                    .WithCronSchedule(cron, c => c.InTimeZone(provider.GetRequiredService<BranchClock>().Zone)));
            }

            quartz.RunAtStartup(DailyDutiesJob.Key);
            quartz.AddTalkNudgesJob();
            quartz.AddDevelopmentNudgesJob();
            quartz.AddComplianceSummaryJob();
        });

        // Registered before Quartz's hosted service, so the triggers exist when the scheduler starts.
        services.AddHostedService(provider => provider.GetRequiredService<MeetingTriggerRebuilder>());
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }
}
