using BranchBot.Core.Broadcasts;
using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Meetings;

namespace BranchBot.Storage.LiteDb.Broadcasts;

/// <summary>A <see cref="BroadcastPlan"/> keyed by its number; the time of day is kept as minutes, as meeting plans do.</summary>
internal sealed class BroadcastPlanDocument
{
    public int Id { get; set; }
    public string PlanId { get; set; } = string.Empty;
    public string Text { get; set; } = string.Empty;
    public BroadcastAudienceKind AudienceKind { get; set; }
    public string? AudienceGroupName { get; set; }
    public bool RequiresAcknowledgement { get; set; }
    public RecurrenceFrequency Frequency { get; set; }
    public int DayOfMonth { get; set; }
    public int MonthOfQuarter { get; set; } = 1;
    public int TimeMinutes { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StoppedAt { get; set; }
    public string? StoppedBy { get; set; }
    public string? StopReason { get; set; }
    public DateTimeOffset? LastOccurrence { get; set; }
    public string? LastProblem { get; set; }

    public static BroadcastPlanDocument From(BroadcastPlan p) => new()
    {
        Id = p.Number, PlanId = p.Id, Text = p.Text, AudienceKind = p.Audience.Kind, AudienceGroupName = p.Audience.GroupName,
        RequiresAcknowledgement = p.RequiresAcknowledgement, Frequency = p.Recurrence.Frequency, DayOfMonth = p.Recurrence.DayOfMonth,
        MonthOfQuarter = p.Recurrence.MonthOfQuarter, TimeMinutes = (p.Recurrence.Time.Hour * 60) + p.Recurrence.Time.Minute,
        CreatedBy = p.CreatedBy, CreatedAt = p.CreatedAt, StoppedAt = p.StoppedAt, StoppedBy = p.StoppedBy, StopReason = p.StopReason,
        LastOccurrence = p.LastOccurrence, LastProblem = p.LastProblem,
    };

    public BroadcastPlan ToPlan() => new()
    {
        Id = PlanId, Number = Id, Text = Text, Audience = new BroadcastAudience(AudienceKind, AudienceGroupName),
        RequiresAcknowledgement = RequiresAcknowledgement,
        Recurrence = new Recurrence(Frequency, DayOfMonth, new TimeOnly(TimeMinutes / 60, TimeMinutes % 60), MonthOfQuarter),
        CreatedBy = CreatedBy, CreatedAt = CreatedAt, StoppedAt = StoppedAt, StoppedBy = StoppedBy, StopReason = StopReason,
        LastOccurrence = LastOccurrence, LastProblem = LastProblem,
    };
}
