namespace BranchBot.Core.Talks;

/// <summary>
/// A stored 谈心安排: two members should talk by <see cref="DueDate"/>. It is done when a record between them exists
/// in <see cref="Year"/>; coverage is always computed from records, so the assignment itself is never edited.
/// </summary>
public sealed record TalkAssignment
{
    public required string Id { get; init; }

    public required int Year { get; init; }

    public required string FirstId { get; init; }

    public required string SecondId { get; init; }

    public TalkPairType Type { get; init; }

    public int Round { get; init; }

    public required DateOnly DueDate { get; init; }

    public string? PlannedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The key of the preview whose 确认 stored this plan (see <see cref="TalkPlanService.PlanAsync(Member, string?, CancellationToken)"/>).</summary>
    public string? PlanKey { get; init; }

    public TalkPair Pair => TalkPair.Of(FirstId, SecondId, Type);

    public bool Involves(string memberId) => FirstId == memberId || SecondId == memberId;

    public static string NewId() => "ta_" + Guid.NewGuid().ToString("N")[..12];
}
