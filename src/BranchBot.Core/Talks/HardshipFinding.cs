namespace BranchBot.Core.Talks;

/// <summary>A hardship found in a member's answers, with its Chinese label (e.g. 身体健康).</summary>
public sealed record HardshipFinding(HardshipKind Kind, string Label)
{
    public static string LabelOf(HardshipKind kind) => kind switch
    {
        HardshipKind.Illness => "身体健康（生病、住院等）",
        HardshipKind.Family => "家庭困难",
        HardshipKind.Financial => "经济困难",
        HardshipKind.Worry => "思想压力",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown hardship kind."),
    };

    public static HardshipFinding Of(HardshipKind kind) => new(kind, LabelOf(kind));
}
