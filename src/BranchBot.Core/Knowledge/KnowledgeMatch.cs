namespace BranchBot.Core.Knowledge;

/// <summary>
/// An entry found for a question: its BM25 score, the share of the question's weighted terms its best phrasing
/// contains (0–1), and its phrasing score divided by the question's own weight (comparable across question lengths).
/// </summary>
public sealed record KnowledgeMatch(KnowledgeEntry Entry, double Score, double Coverage, double Relevance);
