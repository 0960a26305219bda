using BranchBot.Core.Broadcasts;
using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Meetings;

namespace BranchBot.Storage.LiteDb.Broadcasts;

/// <summary>
/// A <see cref="BroadcastPlan"/> keyed "{branch}:{number}" (numbers count per branch); the time of day is kept as
/// minutes, as meeting plans do.
/// </summary>
internal sealed class BroadcastPlanDocument
{
    public string Id { get; set; } = string.Empty;
    public string BranchId { get; set; } = string.Empty;
    public int Number { get; set; }
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

    /// <summary>A stop reason stored as a sentence before reasons were stored as data; still read, no longer written.</summary>
    public string? StopReason { get; set; }
    public string? StopReasonCode { get; set; }
    public string? StopReasonAuthorName { get; set; }
    public DateTimeOffset? LastOccurrence { get; set; }

    /// <summary>A skipped occurrence stored as a sentence before skips were stored as data; still read, no longer written.</summary>
    public string? LastProblem { get; set; }
    public DateTimeOffset? LastProblemAt { get; set; }
    public BroadcastProblemDocument? LastProblemData { get; set; }

    public static string IdOf(string branchId, int number) => $"{branchId}:{number}";

    public static BroadcastPlanDocument From(BroadcastPlan p, string branchId) => new()
    {
        Id = IdOf(branchId, p.Number), BranchId = branchId, Number = p.Number, PlanId = p.Id, Text = p.Text, AudienceKind = p.Audience.Kind, AudienceGroupName = p.Audience.GroupName,
        RequiresAcknowledgement = p.RequiresAcknowledgement, Frequency = p.Recurrence.Frequency, DayOfMonth = p.Recurrence.DayOfMonth,
        MonthOfQuarter = p.Recurrence.MonthOfQuarter, TimeMinutes = (p.Recurrence.Time.Hour * 60) + p.Recurrence.Time.Minute,
        CreatedBy = p.CreatedBy, CreatedAt = p.CreatedAt, StoppedAt = p.StoppedAt, StoppedBy = p.StoppedBy,
        StopReason = (p.StopReason as BroadcastPlanStopReason.Worded)?.Text,
        StopReasonCode = p.StopReason switch
        {
            BroadcastPlanStopReason.AuthorNotCommittee => nameof(BroadcastPlanStopReason.AuthorNotCommittee),
            BroadcastPlanStopReason.AuthorLeft => nameof(BroadcastPlanStopReason.AuthorLeft),
            _ => null,
        },
        StopReasonAuthorName = (p.StopReason as BroadcastPlanStopReason.AuthorNotCommittee)?.AuthorName,
        LastOccurrence = p.LastOccurrence,
        LastProblem = (p.LastProblem as SkippedOccurrence.Worded)?.Text,
        LastProblemAt = (p.LastProblem as SkippedOccurrence.Refused)?.At,
        LastProblemData = p.LastProblem is SkippedOccurrence.Refused refused ? BroadcastProblemDocument.From(refused.Problem) : null,
    };

    public BroadcastPlan ToPlan() => new()
    {
        Id = PlanId, Number = Number, Text = Text, Audience = new BroadcastAudience(AudienceKind, AudienceGroupName),
        RequiresAcknowledgement = RequiresAcknowledgement,
        Recurrence = new Recurrence(Frequency, DayOfMonth, new TimeOnly(TimeMinutes / 60, TimeMinutes % 60), MonthOfQuarter),
        CreatedBy = CreatedBy, CreatedAt = CreatedAt, StoppedAt = StoppedAt, StoppedBy = StoppedBy,
        StopReason = StopReasonCode switch
        {
            nameof(BroadcastPlanStopReason.AuthorNotCommittee) => new BroadcastPlanStopReason.AuthorNotCommittee(StopReasonAuthorName ?? string.Empty),
            nameof(BroadcastPlanStopReason.AuthorLeft) => new BroadcastPlanStopReason.AuthorLeft(),
            _ => StopReason is { } worded ? new BroadcastPlanStopReason.Worded(worded) : null,
        },
        LastOccurrence = LastOccurrence,
        LastProblem = (LastProblemAt, LastProblemData?.ToProblem()) switch
        {
            ({ } at, { } problem) => new SkippedOccurrence.Refused(at, problem),
            _ => LastProblem is { } worded ? new SkippedOccurrence.Worded(worded) : null,
        },
    };
}
