using BranchBot.Core.Time;
using Quartz;

namespace BranchBot.Scheduling;

/// <summary>Registration of the 组织委员's summary, beside the branches' daily duties.</summary>
public static class ComplianceSummaryServiceCollectionExtensions
{
    public static IServiceCollection AddComplianceSummary(this IServiceCollection services)
    {
        services.AddSingleton<ComplianceSummary>();
        return services;
    }

    public static IQuartzBuilder AddComplianceSummaryJob(this IQuartzBuilder quartz)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        quartz.AddJob<ComplianceSummaryJob>(job => job.WithIdentity(ComplianceSummaryJob.Key).StoreDurably());
        foreach (var cron in ComplianceSummaryJob.CronExpressions)
        {
            quartz.AddTrigger((provider, trigger) => trigger
                .WithIdentity($"compliance-summary {cron}")
                .ForJob(ComplianceSummaryJob.Key)
                .WithCronSchedule(cron, c => c.InTimeZone(provider.GetRequiredService<BranchClock>().Zone)));
        }

        return quartz;
    }
}
