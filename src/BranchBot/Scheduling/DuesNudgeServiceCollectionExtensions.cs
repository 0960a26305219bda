using BranchBot.Core.Time;
using Quartz;

namespace BranchBot.Scheduling;

/// <summary>Registration of the 党费 nudges, kept apart from the meeting scheduler's own.</summary>
public static class DuesNudgeServiceCollectionExtensions
{
    public static IServiceCollection AddDuesNudges(this IServiceCollection services)
    {
        services.AddSingleton<DuesNudges>();
        return services;
    }

    /// <summary>The daily 09:15 trigger of <see cref="DuesNudgesJob"/>, in the branch's zone.</summary>
    public static IQuartzBuilder AddDuesNudgesJob(this IQuartzBuilder quartz)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        quartz.AddJob<DuesNudgesJob>(job => job.WithIdentity(DuesNudgesJob.Key).StoreDurably());
        quartz.AddTrigger((provider, trigger) => trigger
            .WithIdentity("dues-nudges")
            .ForJob(DuesNudgesJob.Key)
            .WithCronSchedule(DuesNudgesJob.CronExpression, c => c.InTimeZone(provider.GetRequiredService<BranchClock>().Zone)));
        return quartz;
    }
}
