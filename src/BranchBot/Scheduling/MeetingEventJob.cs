using Quartz;

namespace BranchBot.Scheduling;

/// <summary>Quartz's side of a meeting event: reads which event fired and hands it to <see cref="MeetingEventRunner"/>.</summary>
public sealed class MeetingEventJob(MeetingEventRunner runner) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        await runner.RunAsync(
            data.GetString(MeetingTriggers.MeetingIdKey) ?? string.Empty,
            data.GetInt(MeetingTriggers.RevisionKey),
            data.GetString(MeetingTriggers.EventKey) ?? string.Empty,
            cancellationToken);
    }
}
