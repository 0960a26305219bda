using Quartz;

namespace BranchBot.Scheduling;

/// <summary>Quartz's side of <see cref="DailyDuties"/>: fired at 00:05 and 09:00 in the branch's zone and once at start-up.</summary>
[DisallowConcurrentExecution]
public sealed class DailyDutiesJob(DailyDuties duties) : IJob
{
    public static readonly JobKey Key = new("daily-duties", "branch");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await duties.RunAsync(cancellationToken);
}
