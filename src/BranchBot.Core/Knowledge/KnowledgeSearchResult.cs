namespace BranchBot.Core.Knowledge;

/// <summary>The closest entries, best first, and what the confidence rule made of them.</summary>
public sealed record KnowledgeSearchResult(string Question, IReadOnlyList<KnowledgeMatch> Matches, KnowledgeVerdict Verdict)
{
    public KnowledgeMatch? Best => Matches.Count > 0 ? Matches[0] : null;

    /// <summary>The best entry when it is sure enough to be given as the answer.</summary>
    public KnowledgeEntry? Answer => Verdict == KnowledgeVerdict.Answered ? Best?.Entry : null;
}
