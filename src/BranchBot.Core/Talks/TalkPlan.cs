namespace BranchBot.Core.Talks;

/// <summary>One pair to talk in round <see cref="Round"/> (0-based), due by <see cref="DueDate"/>.</summary>
public sealed record PlannedTalk(TalkPair Pair, int Round, DateOnly DueDate);

/// <summary>A plan for the rest of the year: rounds in which nobody talks twice, due dates spread evenly to the year end.</summary>
public sealed record TalkPlan(IReadOnlyList<PlannedTalk> Talks, int Rounds)
{
    public static TalkPlan Empty { get; } = new([], 0);
}
