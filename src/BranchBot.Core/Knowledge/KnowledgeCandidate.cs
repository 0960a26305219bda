namespace BranchBot.Core.Knowledge;

/// <summary>
/// One of the best-ranked entries for a question, with what <see cref="KnowledgeReranker"/> weighs between close
/// neighbours: its score, whether it asks what the question asks, its share of the question's topic characters, which of
/// the question's named terms (<see cref="KnowledgeNamedTerms"/>) it holds, the named terms its own question names, and the share of the question's words (by
/// IDF) found in its question and phrasings rather than only in its answer.
/// </summary>
internal readonly record struct KnowledgeCandidate(int Entry, double Score, KnowledgeIntentAgreement Intent, double Topic, ulong NamedHeld, ulong TitleNamed, double PhrasingShare)
{
    /// <summary>The cases the entry's own question names (<see cref="KnowledgeCases"/>): the members or organisations its rule is for.</summary>
    public KnowledgeCases.Case Scope { get; init; }
}
