using Quartz;

namespace BranchBot.Scheduling;

/// <summary>
/// Quartz's side of <see cref="ComplianceSummary"/>: fired at 09:05 and 15:05 in the organisation's zone, after the
/// branches' own daily duties (the secretaries' nudges at 09:00); the sent markers make each summary once per period.
/// Not run at start-up, so a restart at night sends nothing.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ComplianceSummaryJob(ComplianceSummary summary) : IJob
{
    public static readonly JobKey Key = new("compliance-summary", "organisation");

    public static IReadOnlyList<string> CronExpressions { get; } = ["0 5 9 * * ?", "0 5 15 * * ?"];

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await summary.RunAsync(cancellationToken);
}
