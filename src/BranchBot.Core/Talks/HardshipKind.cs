namespace BranchBot.Core.Talks;

/// <summary>Kinds of hardship that make a member 必访 (the secretary follows up).</summary>
public enum HardshipKind
{
    Illness = 0,
    Family = 1,
    Financial = 2,
    Worry = 3,
}
