namespace BranchBot.Core.Talks;

/// <summary>A hardship found in a member's answers; the front ends name its kind.</summary>
public sealed record HardshipFinding(HardshipKind Kind)
{
    public static HardshipFinding Of(HardshipKind kind) => new(kind);
}
