namespace BranchBot.Core.Knowledge;

/// <summary>
/// The confidence rule for questions about the domain (<see cref="KnowledgeScope"/>): the best entry answers when
/// its relevance (score divided by the question's own weight, so independent of its length) reaches
/// <see cref="Answer"/>, it leads the second by at least <see cref="Margin"/> of its score, and its
/// <see cref="KnowledgeMatch.TopicSupport"/> reaches <see cref="TopicSupport"/>, and, when it asks something else than the
/// question, its relevance reaches <see cref="AnswerDespiteOtherIntent"/>; otherwise the closest questions are offered.
/// </summary>
public sealed record KnowledgeThresholds(double Answer, double Margin)
{
    /// <summary>
    /// Tuned for precision first (at least 95% of answered questions right) on the tuning part of the evaluation set
    /// only (tests/BranchBot.Tests/Knowledge/Evaluation/questions.tsv; the knowledge benchmark's thresholds mode).
    /// </summary>
    public static KnowledgeThresholds Default { get; } = new(Answer: 0.20, Margin: 0) { TopicSupport = 0.15, AnswerDespiteOtherIntent = 0.25 };

    /// <summary>
    /// Relevance × √(topic coverage) the best entry needs: a question whose topic words the entry lacks ("党员可以炒股吗"
    /// against an entry sharing only 党员可以) is not answered however well the rest matches.
    /// </summary>
    public double TopicSupport { get; init; } = 0.10;

    /// <summary>
    /// Relevance a best entry needs when it asks something else than the question (<see cref="KnowledgeIntentAgreement.Differs"/>):
    /// "支委会多久开一次" must not be answered with "支委会由谁召集" on a loose match.
    /// </summary>
    public double AnswerDespiteOtherIntent { get; init; } = 0.15;
}
