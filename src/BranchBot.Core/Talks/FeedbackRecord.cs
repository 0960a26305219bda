namespace BranchBot.Core.Talks;

/// <summary>A submitted 谈心; readable only by its author and the branch secretary. Answers are stored protected.</summary>
public sealed record FeedbackRecord
{
    public required string Id { get; init; }

    public required string MemberId { get; init; }

    /// <summary>The branch-local day it was submitted.</summary>
    public required DateOnly Date { get; init; }

    public IReadOnlyList<ProtectedAnswer> Answers { get; init; } = [];

    public IReadOnlyList<HardshipKind> Hardships { get; init; } = [];

    /// <summary>The member's answer to "需要组织上门看望吗": null when not asked.</summary>
    public bool? VisitWanted { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }

    public static string NewId() => "fb_" + Guid.NewGuid().ToString("N")[..12];
}
