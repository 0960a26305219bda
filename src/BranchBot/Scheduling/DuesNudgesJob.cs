using BranchBot.Core.Organisation;
using Quartz;

namespace BranchBot.Scheduling;

/// <summary>
/// Quartz's side of <see cref="DuesNudges"/>: fired every day at 09:15 in the organisation's zone for every open
/// branch; the sent markers make each nudge once. Not run at start-up, so a restart at night sends nothing.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DuesNudgesJob(IBranchScopes branches, ILogger<DuesNudgesJob> logger) : IJob
{
    public static readonly JobKey Key = new("dues-nudges", "branch");

    public const string CronExpression = "0 15 9 * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await EveryBranch.RunAsync(branches, logger, (services, ct) => services.GetRequiredService<DuesNudges>().RunAsync(ct), cancellationToken);
}
