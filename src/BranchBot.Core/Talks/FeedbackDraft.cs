namespace BranchBot.Core.Talks;

/// <summary>
/// A member's unfinished 谈心, saved after every answer so it can be resumed on the same branch-local day.
/// Answers are stored protected.
/// </summary>
public sealed record FeedbackDraft
{
    public required string MemberId { get; init; }

    /// <summary>The branch-local day the draft belongs to; a draft from an earlier day is discarded.</summary>
    public required DateOnly Date { get; init; }

    public IReadOnlyList<ProtectedAnswer> Answers { get; init; } = [];

    public DateTimeOffset UpdatedAt { get; init; }
}
