namespace BranchBot.Core.Talks;

public enum FollowUpStatus
{
    Open = 0,
    Done = 1,
}

/// <summary>
/// A 必访 task for the secretary: a member mentioned a hardship in 谈心. It names the member, the kinds and the feedback
/// record, never the member's words (those stay in the protected feedback record).
/// </summary>
public sealed record FollowUpTask
{
    public required string Id { get; init; }

    public required string MemberId { get; init; }

    public required string FeedbackId { get; init; }

    public IReadOnlyList<HardshipKind> Kinds { get; init; } = [];

    /// <summary>The member's answer to whether a visit is wanted; null when not asked.</summary>
    public bool? VisitWanted { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The branch-local day by which the secretary should have followed up.</summary>
    public required DateOnly DueDate { get; init; }

    public FollowUpStatus Status { get; init; } = FollowUpStatus.Open;

    public string? DoneBy { get; init; }

    public DateTimeOffset? DoneAt { get; init; }

    /// <summary>The secretary's note on what was done, protected.</summary>
    public string? ProtectedNote { get; init; }

    public bool IsOpen => Status == FollowUpStatus.Open;

    public static string NewId() => "fu_" + Guid.NewGuid().ToString("N")[..12];
}
