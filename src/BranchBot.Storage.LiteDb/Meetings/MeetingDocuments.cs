using BranchBot.Core.Meetings;

namespace BranchBot.Storage.LiteDb.Meetings;

internal sealed class MeetingDocument
{
    public string Id { get; set; } = string.Empty;
    public string BranchId { get; set; } = string.Empty;
    public MeetingKind Kind { get; set; }
    public DateTime StartsAtUtc { get; set; }
    public DateTime EndsAtUtc { get; set; }
    public string? Place { get; set; }
    public string? Topic { get; set; }
    public AudienceKind AudienceKind { get; set; }
    public string? AudienceGroupId { get; set; }
    public string? CheckInCode { get; set; }
    public string? HostMemberId { get; set; }
    public string? Minutes { get; set; }
    public string? PlanId { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public int Revision { get; set; }
    public bool RecordedAfterwards { get; set; }

    public static MeetingDocument From(Meeting m, string branchId) => new()
    {
        Id = m.Id, BranchId = branchId, Kind = m.Kind, StartsAtUtc = m.StartsAt.UtcDateTime, EndsAtUtc = m.EndsAt.UtcDateTime, Place = m.Place, Topic = m.Topic,
        AudienceKind = m.Audience.Kind, AudienceGroupId = m.Audience.GroupId, CheckInCode = m.CheckInCode, HostMemberId = m.HostMemberId,
        Minutes = m.Minutes, PlanId = m.PlanId, CreatedBy = m.CreatedBy, CreatedAt = m.CreatedAt, CancelledAt = m.CancelledAt, Revision = m.Revision,
        RecordedAfterwards = m.RecordedAfterwards,
    };

    public Meeting ToMeeting() => new()
    {
        Id = Id, Kind = Kind,
        // LiteDB hands dates back in the server's local time; ToUniversalTime keeps the instant on any server zone.
        StartsAt = new DateTimeOffset(StartsAtUtc.ToUniversalTime()),
        EndsAt = new DateTimeOffset(EndsAtUtc.ToUniversalTime()),
        Place = Place, Topic = Topic, Audience = new MeetingAudience(AudienceKind, AudienceGroupId), CheckInCode = CheckInCode,
        HostMemberId = HostMemberId, Minutes = Minutes, PlanId = PlanId, CreatedBy = CreatedBy, CreatedAt = CreatedAt,
        CancelledAt = CancelledAt, Revision = Revision, RecordedAfterwards = RecordedAfterwards,
    };
}

internal sealed class PlanDocument
{
    public string Id { get; set; } = string.Empty;
    public string BranchId { get; set; } = string.Empty;
    public MeetingKind Kind { get; set; }
    public RecurrenceFrequency Frequency { get; set; }
    public int DayOfMonth { get; set; }
    public int MonthOfQuarter { get; set; }
    public int TimeMinutes { get; set; }
    public long DurationTicks { get; set; }
    public string? Place { get; set; }
    public string? Topic { get; set; }
    public AudienceKind AudienceKind { get; set; }
    public string? AudienceGroupId { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StoppedAt { get; set; }
    public DateTimeOffset? LastOccurrenceStart { get; set; }

    public static PlanDocument From(MeetingPlan p, string branchId) => new()
    {
        Id = p.Id, BranchId = branchId, Kind = p.Kind, Frequency = p.Recurrence.Frequency, DayOfMonth = p.Recurrence.DayOfMonth, MonthOfQuarter = p.Recurrence.MonthOfQuarter,
        TimeMinutes = (p.Recurrence.Time.Hour * 60) + p.Recurrence.Time.Minute, DurationTicks = p.Duration.Ticks, Place = p.Place, Topic = p.Topic,
        AudienceKind = p.Audience.Kind, AudienceGroupId = p.Audience.GroupId, CreatedBy = p.CreatedBy, CreatedAt = p.CreatedAt,
        StoppedAt = p.StoppedAt, LastOccurrenceStart = p.LastOccurrenceStart,
    };

    public MeetingPlan ToPlan() => new()
    {
        Id = Id, Kind = Kind,
        Recurrence = new Recurrence(Frequency, DayOfMonth, new TimeOnly(TimeMinutes / 60, TimeMinutes % 60), MonthOfQuarter),
        Duration = TimeSpan.FromTicks(DurationTicks), Place = Place, Topic = Topic, Audience = new MeetingAudience(AudienceKind, AudienceGroupId),
        CreatedBy = CreatedBy, CreatedAt = CreatedAt, StoppedAt = StoppedAt, LastOccurrenceStart = LastOccurrenceStart,
    };
}

internal sealed class AttendanceDocument
{
    public string Id { get; set; } = string.Empty;
    public string BranchId { get; set; } = string.Empty;
    public string MeetingId { get; set; } = string.Empty;
    public string MemberId { get; set; } = string.Empty;
    public AttendanceStatus Status { get; set; }
    public string? LeaveReason { get; set; }
    public bool LeaveRecordedAfterwards { get; set; }
    public DateTimeOffset At { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }

    public static AttendanceDocument From(AttendanceRecord r, string branchId) => new()
    {
        Id = r.Id, BranchId = branchId, MeetingId = r.MeetingId, MemberId = r.MemberId, Status = r.Status, LeaveReason = r.LeaveReason,
        LeaveRecordedAfterwards = r.LeaveRecordedAfterwards, At = r.At, DecidedBy = r.DecidedBy, DecidedAt = r.DecidedAt,
    };

    /// <summary>The reason 补录 stored as text before it stored <see cref="LeaveRecordedAfterwards"/>; such records read as that flag.</summary>
    private const string RecordedAfterwardsReason = "补录时登记为请假";

    public AttendanceRecord ToRecord() => new()
    {
        MeetingId = MeetingId, MemberId = MemberId, Status = Status,
        LeaveReason = LeaveReason == RecordedAfterwardsReason ? null : LeaveReason,
        LeaveRecordedAfterwards = LeaveRecordedAfterwards || LeaveReason == RecordedAfterwardsReason,
        At = At, DecidedBy = DecidedBy, DecidedAt = DecidedAt,
    };
}
