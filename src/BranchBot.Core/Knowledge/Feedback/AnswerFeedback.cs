namespace BranchBot.Core.Knowledge.Feedback;

/// <summary>A member's 有用 or 没用 on one answer; a second click by the same member replaces the first.</summary>
public sealed record AnswerFeedback
{
    public required int AnswerLogId { get; init; }

    public required string Question { get; init; }

    /// <summary>The entry that gave the answer; null for computed dues.</summary>
    public string? EntryQuestion { get; init; }

    public bool Helpful { get; init; }

    public required string MemberId { get; init; }

    public string MemberName { get; init; } = string.Empty;

    public DateTimeOffset At { get; init; }
}
