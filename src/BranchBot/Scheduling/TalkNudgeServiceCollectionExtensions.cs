using BranchBot.Core.Time;
using Quartz;

namespace BranchBot.Scheduling;

/// <summary>Registration of the weekly 谈心谈话 nudges, kept apart from the meeting scheduler's own.</summary>
public static class TalkNudgeServiceCollectionExtensions
{
    public static IServiceCollection AddTalkNudges(this IServiceCollection services)
    {
        services.AddSingleton<TalkNudges>();
        return services;
    }

    /// <summary>The daily 09:30 trigger of <see cref="TalkNudgesJob"/>, in the branch's zone.</summary>
    public static IQuartzBuilder AddTalkNudgesJob(this IQuartzBuilder quartz)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        quartz.AddJob<TalkNudgesJob>(job => job.WithIdentity(TalkNudgesJob.Key).StoreDurably());
        quartz.AddTrigger((provider, trigger) => trigger
            .WithIdentity("talk-nudges")
            .ForJob(TalkNudgesJob.Key)
            .WithCronSchedule(TalkNudgesJob.CronExpression, c => c.InTimeZone(provider.GetRequiredService<BranchClock>().Zone)));
        return quartz;
    }
}
