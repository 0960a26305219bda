namespace BranchBot.Core.Knowledge;

/// <summary>
/// The confidence rule for questions about the domain (<see cref="KnowledgeScope"/>): the best entry answers when
/// its relevance (score divided by the question's own weight, so independent of its length) reaches
/// <see cref="Answer"/> and it leads the second by at least <see cref="Margin"/> of its score; otherwise the closest
/// questions are offered.
/// </summary>
public sealed record KnowledgeThresholds(double Answer, double Margin)
{
    /// <summary>Tuned on the evaluation set in tests/BranchBot.Tests/Knowledge/Evaluation.</summary>
    public static KnowledgeThresholds Default { get; } = new(Answer: 0.15, Margin: 0.0);
}
