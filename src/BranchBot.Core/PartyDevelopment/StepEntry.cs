namespace BranchBot.Core.PartyDevelopment;

/// <summary>A step as someone asks to record it; <see cref="ExceptionReason"/> set records it against a refusing rule (书记 only).</summary>
public sealed record StepEntry(DevelopmentStepKind Kind, DateOnly Date)
{
    public string? Note { get; init; }

    public IReadOnlyList<string> People { get; init; } = [];

    public int? ExtensionMonths { get; init; }

    public BranchMeetingVote? Vote { get; init; }

    public string? ExceptionReason { get; init; }
}
