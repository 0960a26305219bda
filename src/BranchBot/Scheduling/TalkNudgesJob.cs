using BranchBot.Core.Organisation;
using Quartz;

namespace BranchBot.Scheduling;

/// <summary>
/// Quartz's side of <see cref="TalkNudges"/>: fired every day at 09:30 in the organisation's zone for every open
/// branch. The sent markers make each nudge weekly (Monday, or the first day of the week the bot runs at that hour);
/// not run at start-up, so a restart at night sends nothing.
/// </summary>
[DisallowConcurrentExecution]
public sealed class TalkNudgesJob(IBranchScopes branches, ILogger<TalkNudgesJob> logger) : IJob
{
    public static readonly JobKey Key = new("talk-nudges", "branch");

    public const string CronExpression = "0 30 9 * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await EveryBranch.RunAsync(branches, logger, (services, ct) => services.GetRequiredService<TalkNudges>().RunAsync(ct), cancellationToken);
}
