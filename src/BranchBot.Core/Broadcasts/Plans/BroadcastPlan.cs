using BranchBot.Core.Meetings;

namespace BranchBot.Core.Broadcasts.Plans;

/// <summary>
/// A recurring broadcast ("每月5日上午9点 提醒交党费"). Each occurrence becomes an ordinary 定时 broadcast ahead of
/// its time, so it is numbered, listed and can be 撤回'd like any other. <see cref="Number"/> counts up from 1 so
/// people can type it (停止定期广播 2).
/// </summary>
public sealed record BroadcastPlan
{
    public required string Id { get; init; }

    public required int Number { get; init; }

    public required string Text { get; init; }

    /// <summary>Branch, Committee or Group only: the other audiences name one meeting or broadcast.</summary>
    public required BroadcastAudience Audience { get; init; }

    public bool RequiresAcknowledgement { get; init; }

    public required Recurrence Recurrence { get; init; }

    public required string CreatedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? StoppedAt { get; init; }

    /// <summary>Who stopped it; null when it stopped itself.</summary>
    public string? StoppedBy { get; init; }

    /// <summary>Why it stopped by itself (the author left the committee); null when stopped by a person.</summary>
    public BroadcastPlanStopReason? StopReason { get; init; }

    /// <summary>The last occurrence turned into a broadcast (or skipped), so the plan continues after it.</summary>
    public DateTimeOffset? LastOccurrence { get; init; }

    /// <summary>Why the last occurrence could not be sent (e.g. the group has no members); null when it went out.</summary>
    public SkippedOccurrence? LastProblem { get; init; }

    public bool IsActive => StoppedAt is null;

    public static string NewId() => "bp_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>The sent marker of one occurrence: claimed before its broadcast is created, so it is created once.</summary>
    public string OccurrenceKey(DateTimeOffset occurrence) => $"broadcast-plan:{Id}:{occurrence.UtcTicks}";

    /// <summary>Whether an audience can recur: those naming a meeting or an earlier broadcast cannot.</summary>
    public static bool MayRecur(BroadcastAudienceKind kind) =>
        kind is BroadcastAudienceKind.Branch or BroadcastAudienceKind.Committee or BroadcastAudienceKind.Group;
}
