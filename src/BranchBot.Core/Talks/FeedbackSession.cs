namespace BranchBot.Core.Talks;

/// <summary>A member's 谈心 in progress, in plain text for the conversation.</summary>
public sealed record FeedbackSession(string MemberId, DateOnly Date, IReadOnlyList<FeedbackAnswer> Answers, bool Resumed)
{
    /// <summary>The next question not yet answered or skipped; null when all four are done.</summary>
    public FeedbackTopic? NextTopic =>
        FeedbackTopics.InOrder.Where(topic => Answers.All(answer => answer.Topic != topic)).Select(topic => (FeedbackTopic?)topic).FirstOrDefault();

    public bool IsComplete => NextTopic is null;

    /// <summary>True when at least one question has a (not skipped) answer.</summary>
    public bool HasContent => Answers.Any(answer => !answer.Skipped);

    public FeedbackAnswer? AnswerTo(FeedbackTopic topic) => Answers.FirstOrDefault(answer => answer.Topic == topic);

    /// <summary>Hardships mentioned so far.</summary>
    public IReadOnlyList<HardshipFinding> Hardships => HardshipDetector.Detect(Answers);
}
