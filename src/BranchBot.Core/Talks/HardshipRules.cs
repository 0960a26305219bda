namespace BranchBot.Core.Talks;

/// <summary>The keyword rules behind <see cref="HardshipDetector"/>.</summary>
internal static class HardshipRules
{
    public static IEnumerable<HardshipKind> KindsIn(FeedbackTopic topic, string text) => [];
}
