namespace BranchBot.Core.Knowledge;

/// <summary>
/// What the search does with a choice question (<see cref="KnowledgeChoice"/>) whose sure entry does not name both
/// sides (a content pair of each side's own, or with <see cref="ByCharacters"/> a content character): answer instead a close entry that does (within <see cref="Closeness"/> of the first's score, among the first
/// three), or else, when <see cref="Decline"/>, say there is no exact rule and offer the candidates. The benchmark
/// compares settings on untouched rows; the product uses <see cref="KnowledgeIndex"/>'s default.
/// </summary>
internal sealed record KnowledgeChoiceRule(bool Enabled, double Closeness, bool Decline, bool ByCharacters = false)
{
    /// <summary>Choice questions are searched like any other.</summary>
    public static KnowledgeChoiceRule Off { get; } = new(false, 0, false);
}
