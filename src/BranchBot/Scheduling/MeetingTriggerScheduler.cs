using BranchBot.Core.Meetings;
using BranchBot.Core.Organisation;
using Quartz;

namespace BranchBot.Scheduling;

/// <summary>
/// Keeps Quartz's triggers for a meeting in line with the stored meeting: on every change its job (and so every
/// trigger of the old revision) is replaced by triggers for the events still worth sending; a cancelled meeting
/// keeps none.
/// </summary>
public sealed partial class MeetingTriggerScheduler(
    ISchedulerFactory schedulers,
    MeetingEventPlanner planner,
    BranchContext branch,
    TimeProvider timeProvider,
    ILogger<MeetingTriggerScheduler> logger) : IMeetingChangeListener
{
    /// <summary>A change just saved is told to the audience by whoever made it, so events already due are left to that notice.</summary>
    public Task OnMeetingChangedAsync(Meeting meeting, CancellationToken cancellationToken) =>
        ScheduleAsync([meeting], announcedNow: true, cancellationToken);

    /// <summary>(Re)schedules many meetings in one call to Quartz (at start-up); returns how many triggers were scheduled.</summary>
    public Task<int> ScheduleAsync(IReadOnlyCollection<Meeting> meetings, CancellationToken cancellationToken) =>
        ScheduleAsync(meetings, announcedNow: false, cancellationToken);

    private async Task<int> ScheduleAsync(IReadOnlyCollection<Meeting> meetings, bool announcedNow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var now = timeProvider.GetUtcNow();
        var jobs = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>();
        var emptied = new List<JobKey>();
        foreach (var meeting in meetings)
        {
            var (due, dropped) = planner.Schedule(meeting, now, announcedNow);
            foreach (var missed in dropped)
            {
                LogDropped(logger, missed.Name, meeting.Id, meeting.Revision, missed.DueAt);
            }

            if (due.Count == 0)
            {
                emptied.Add(MeetingTriggers.JobKeyOf(meeting.Id));
                continue;
            }

            jobs[MeetingTriggers.JobOf(meeting.Id, branch.Id)] = [.. due.Select(e => MeetingTriggers.TriggerOf(e, now))];
        }

        if (emptied.Count > 0)
        {
            await scheduler.DeleteJobs(emptied, cancellationToken);
        }

        if (jobs.Count > 0)
        {
            // Replacing the job removes the triggers of an earlier revision along with it.
            await scheduler.DeleteJobs([.. jobs.Keys.Select(j => j.Key)], cancellationToken);
            await scheduler.ScheduleJobs(jobs, ScheduleJobOptions.Replacing, cancellationToken);
        }

        return jobs.Values.Sum(t => t.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting event {EventName} of meeting {MeetingId} r{Revision}, due {DueAt:o}, dropped: the meeting's 会议通知 or 会议变更 already covers it, or it came due while the server was down and the meeting has started or a later reminder replaces it.")]
    private static partial void LogDropped(ILogger logger, string eventName, string meetingId, int revision, DateTimeOffset dueAt);
}
