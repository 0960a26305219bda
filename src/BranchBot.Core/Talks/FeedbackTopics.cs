namespace BranchBot.Core.Talks;

/// <summary>The questions of 谈心 in the order they are asked; the front ends word them.</summary>
public static class FeedbackTopics
{
    public static IReadOnlyList<FeedbackTopic> InOrder { get; } =
        [FeedbackTopic.ThoughtAndStudy, FeedbackTopic.WorkDifficulties, FeedbackTopic.LifeHelp, FeedbackTopic.BranchSuggestions];
}
