namespace BranchBot.Core.Meetings;

/// <summary>One meeting of the branch. Times are instants; show them in the branch's zone (BranchClock).</summary>
public sealed record Meeting
{
    public required string Id { get; init; }

    public required MeetingKind Kind { get; init; }

    public required DateTimeOffset StartsAt { get; init; }

    public required DateTimeOffset EndsAt { get; init; }

    public string? Place { get; init; }

    public string? Topic { get; init; }

    public required MeetingAudience Audience { get; init; }

    /// <summary>When set, 签到 must carry this code (read out in the room).</summary>
    public string? CheckInCode { get; init; }

    public string? HostMemberId { get; init; }

    /// <summary>会议记录, added by the secretary afterwards.</summary>
    public string? Minutes { get; init; }

    /// <summary>The recurring plan that created this meeting, if any.</summary>
    public string? PlanId { get; init; }

    public string? CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? CancelledAt { get; init; }

    /// <summary>Bumped on every change of time, so reminders of an earlier time are not sent for the new one.</summary>
    public int Revision { get; init; }

    /// <summary>
    /// 补录: entered after it was held (e.g. a meeting held on paper before the bot was used). It counts in the 台账
    /// and attendance like any other meeting but never has reminders, check-in or 补学 notices.
    /// </summary>
    public bool RecordedAfterwards { get; init; }

    public bool IsCancelled => CancelledAt is not null;

    public static string NewId() => "mt_" + Guid.NewGuid().ToString("N")[..12];
}
