namespace BranchBot.Core.Talks;

/// <summary>Finds hardships in 谈心 answers by keyword and phrase rules.</summary>
public static class HardshipDetector
{
    /// <summary>The kinds found in all answers, in <see cref="HardshipKind"/> order, each once.</summary>
    public static IReadOnlyList<HardshipFinding> Detect(IEnumerable<FeedbackAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return [.. answers
            .SelectMany(answer => answer.Text is null ? [] : HardshipRules.KindsIn(answer.Topic, answer.Text))
            .Distinct()
            .Order()
            .Select(HardshipFinding.Of)];
    }

    /// <summary>The kinds found in one answer, e.g. to ask right away whether a visit is wanted.</summary>
    public static IReadOnlyList<HardshipFinding> Detect(FeedbackTopic topic, string? text) =>
        Detect([new FeedbackAnswer(topic, text)]);
}
