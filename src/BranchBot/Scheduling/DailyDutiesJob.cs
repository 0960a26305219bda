using BranchBot.Core.Organisation;
using Quartz;

namespace BranchBot.Scheduling;

/// <summary>
/// Quartz's side of <see cref="DailyDuties"/>: fired at 00:05 and 09:00 in the organisation's zone and once at
/// start-up, and run for every open branch with that branch's services.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DailyDutiesJob(IBranchScopes branches, ILogger<DailyDutiesJob> logger) : IJob
{
    public static readonly JobKey Key = new("daily-duties", "branch");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await EveryBranch.RunAsync(branches, logger, (services, ct) => services.GetRequiredService<DailyDuties>().RunAsync(ct), cancellationToken);
}
