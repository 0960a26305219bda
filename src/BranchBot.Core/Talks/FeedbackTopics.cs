namespace BranchBot.Core.Talks;

/// <summary>The questions of 谈心 in order, and their Chinese titles.</summary>
public static class FeedbackTopics
{
    public static IReadOnlyList<FeedbackTopic> InOrder { get; } =
        [FeedbackTopic.ThoughtAndStudy, FeedbackTopic.WorkDifficulties, FeedbackTopic.LifeHelp, FeedbackTopic.BranchSuggestions];

    public static string Title(FeedbackTopic topic) => topic switch
    {
        FeedbackTopic.ThoughtAndStudy => "近期思想和学习情况",
        FeedbackTopic.WorkDifficulties => "工作上的困难",
        FeedbackTopic.LifeHelp => "生活上需要组织帮助的事",
        FeedbackTopic.BranchSuggestions => "对支部工作的意见建议",
        _ => throw new ArgumentOutOfRangeException(nameof(topic), topic, "Unknown feedback topic."),
    };
}
