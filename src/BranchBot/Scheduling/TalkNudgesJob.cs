using Quartz;

namespace BranchBot.Scheduling;

/// <summary>
/// Quartz's side of <see cref="TalkNudges"/>: fired every day at 09:30 in the branch's zone. The sent markers make each
/// nudge weekly (Monday, or the first day of the week the bot runs at that hour); not run at start-up, so a restart at
/// night sends nothing.
/// </summary>
[DisallowConcurrentExecution]
public sealed class TalkNudgesJob(TalkNudges nudges) : IJob
{
    public static readonly JobKey Key = new("talk-nudges", "branch");

    public const string CronExpression = "0 30 9 * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await nudges.RunAsync(cancellationToken);
}
