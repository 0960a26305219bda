using Quartz;

namespace BranchBot.Scheduling;

/// <summary>Quartz names for meeting events: one job per meeting, one trigger per event of its current revision.</summary>
public static class MeetingTriggers
{
    public const string Group = "meetings";
    public const string RevisionKey = "revision";
    public const string EventKey = "event";
    public const string MeetingIdKey = "meetingId";
    public const string BranchIdKey = "branchId";

    public static JobKey JobKeyOf(string meetingId) => new(meetingId, Group);

    /// <summary>"{meeting}:r{revision}:{event}", so a trigger of an earlier revision is recognisable in logs.</summary>
    public static TriggerKey TriggerKeyOf(MeetingEvent meetingEvent)
    {
        ArgumentNullException.ThrowIfNull(meetingEvent);
        return new TriggerKey($"{meetingEvent.MeetingId}:r{meetingEvent.Revision}:{meetingEvent.Name}", Group);
    }

    /// <summary>The job of a meeting, naming its branch so the event runs with that branch's services.</summary>
    public static IJobDetail JobOf(string meetingId, string branchId) =>
        JobBuilder.Create<MeetingEventJob>()
            .WithIdentity(JobKeyOf(meetingId))
            .UsingJobData(MeetingIdKey, meetingId)
            .UsingJobData(BranchIdKey, branchId)
            .RequestRecovery()
            .Build();

    /// <summary>Fires once at the event's time, or at once when that is already past (a missed event kept by the planner).</summary>
    public static ITrigger TriggerOf(MeetingEvent meetingEvent, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(meetingEvent);
        return TriggerBuilder.Create()
            .WithIdentity(TriggerKeyOf(meetingEvent))
            .ForJob(JobKeyOf(meetingEvent.MeetingId))
            .UsingJobData(RevisionKey, meetingEvent.Revision)
            .UsingJobData(EventKey, meetingEvent.Name)
            .StartAt(meetingEvent.DueAt > now ? meetingEvent.DueAt : now)
            .WithSimpleSchedule(s => s.WithRepeatCount(0).WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
    }
}
