using BranchBot.Core.Organisation;
using Quartz;

namespace BranchBot.Scheduling;

/// <summary>
/// Quartz's side of <see cref="DevelopmentNudges"/>: fired every day at 09:10 in the organisation's zone for every
/// open branch; the sent markers keep each nudge to once.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DevelopmentNudgesJob(IBranchScopes branches, ILogger<DevelopmentNudgesJob> logger) : IJob
{
    public static readonly JobKey Key = new("party-development-nudges", "branch");

    public const string CronExpression = "0 10 9 * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await EveryBranch.RunAsync(branches, logger, (services, ct) => services.GetRequiredService<DevelopmentNudges>().RunAsync(ct), cancellationToken);
}
