using BranchBot.Core.Time;
using Quartz;

namespace BranchBot.Scheduling;

/// <summary>Registration of the 发展党员 nudges and their daily trigger.</summary>
public static class DevelopmentNudgeServiceCollectionExtensions
{
    public static IServiceCollection AddDevelopmentNudges(this IServiceCollection services)
    {
        services.AddSingleton<DevelopmentNudges>();
        return services;
    }

    public static IQuartzBuilder AddDevelopmentNudgesJob(this IQuartzBuilder quartz)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        quartz.AddJob<DevelopmentNudgesJob>(job => job.WithIdentity(DevelopmentNudgesJob.Key).StoreDurably());
        quartz.AddTrigger((provider, trigger) => trigger
            .WithIdentity("party-development-nudges")
            .ForJob(DevelopmentNudgesJob.Key)
            .WithCronSchedule(DevelopmentNudgesJob.CronExpression, c => c.InTimeZone(provider.GetRequiredService<BranchClock>().Zone)));
        return quartz;
    }
}
