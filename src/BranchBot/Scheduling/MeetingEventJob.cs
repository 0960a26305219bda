using BranchBot.Core.Organisation;
using Quartz;

namespace BranchBot.Scheduling;

/// <summary>
/// Quartz's side of a meeting event: reads which event of which branch's meeting fired and hands it to that branch's
/// <see cref="MeetingEventRunner"/>.
/// </summary>
public sealed class MeetingEventJob(IBranchScopes branches) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        var branch = data.GetString(MeetingTriggers.BranchIdKey) ?? branches.PrimaryBranchId;
        await branches.For(branch).GetRequiredService<MeetingEventRunner>().RunAsync(
            data.GetString(MeetingTriggers.MeetingIdKey) ?? string.Empty,
            data.GetInt(MeetingTriggers.RevisionKey),
            data.GetString(MeetingTriggers.EventKey) ?? string.Empty,
            cancellationToken);
    }
}
