namespace BranchBot.Core.Knowledge;

/// <summary>
/// An entry found for a question: its BM25 score, the share of the question's weighted terms its best phrasing
/// contains (0–1), and its phrasing score divided by the question's own weight (comparable across question lengths).
/// </summary>
public sealed record KnowledgeMatch(KnowledgeEntry Entry, double Score, double Coverage, double Relevance)
{
    /// <summary>
    /// The share (0–1, by IDF) of the question's topic characters (<see cref="KnowledgeTopic"/>) found in the entry's
    /// phrasings or answer; 1 when the question has no topic words.
    /// </summary>
    public double TopicCoverage { get; init; } = 1;

    /// <summary>Whether the entry asks what the question asks (<see cref="KnowledgeIntent"/>); already weighed into the score.</summary>
    public KnowledgeIntentAgreement Intent { get; init; }

    /// <summary>
    /// For the best entry: its lead over the closest entry below it that answers something else, as a share of its
    /// score (1 when there is none); 0 for the others.
    /// </summary>
    public double Margin { get; init; }

    /// <summary>
    /// For the best entry: how the question's words that only one of the two holds split between it and the closest
    /// entry answering something else (−1–1, by IDF over phrasings): 1 when every such word is the best entry's, −1 when
    /// all are the rival's; 1 when there is no rival, 0 when no word separates them. Topic words both share say nothing
    /// about which of two neighbours the question means; the words that separate them do.
    /// </summary>
    public double DistinctLead { get; init; }

    /// <summary>
    /// Whether the entry lacks (in its phrasings and answer, itself or a true synonym) a meeting, body, role, stage or
    /// document the question names (<see cref="KnowledgeNamedTerms"/>) that a close entry (among those ranked for the
    /// margin) holds, or lacks one while also missing some of the question's topic characters. A named term that no close
    /// entry holds, in an entry holding all the question's topic characters, is taken as said in passing.
    /// </summary>
    public bool LacksNamedTerm { get; init; }

    /// <summary>
    /// The share (by IDF over all phrasings together) of the asked clause's words (<see cref="KnowledgeAskedClause"/>, the
    /// question without the situation told before it) found in the entry's question and phrasings; the same as
    /// <see cref="AskedPhrasingShare"/>'s basis when nothing precedes what is asked.
    /// </summary>
    public double AskedShare { get; init; }

    /// <summary>The same share in the entry's single best phrasing for it.</summary>
    public double AskedPhrasingShare { get; init; }

    /// <summary>
    /// The share (0–1, by IDF) of the asked clause's topic characters found in the entry's phrasings or answer, as
    /// <see cref="TopicCoverage"/> is of the whole question's; the same when nothing precedes what is asked, 0 when the asked
    /// clause names no topic of its own ("…对方一直没接收 咋整": what it is about is in the situation).
    /// </summary>
    public double AskedTopicCoverage { get; init; } = 1;

    /// <summary>
    /// Whether the asked clause asks what ("…审些啥") while the entry's own question asks yes or no ("…一定要…吗？")
    /// (<see cref="KnowledgeAskedClause.AsksWhat"/>): a loose match of the asked clause alone does not answer it.
    /// </summary>
    public bool AsksWhatOfYesNo { get; init; }

    /// <summary>
    /// How the kind of answer the entry gives (<see cref="KnowledgeEntry.AskedKind"/>) compares with the kind the asked
    /// clause wants (<see cref="KnowledgeAskedKindReader"/>): "能一次补交吗" against "党费最多可以补交几个月？" differs.
    /// </summary>
    public KnowledgeIntentAgreement AskedKind { get; init; }

    /// <summary>Whether the question tells a situation before what it asks (<see cref="KnowledgeAskedClause"/>).</summary>
    public bool HasPreamble { get; init; }

    /// <summary>What the re-ranking of close entries weighed for this entry (<see cref="KnowledgeReranker"/>); the benchmark prints it.</summary>
    internal KnowledgeCandidate Candidate { get; init; }

    /// <summary>Relevance discounted when the entry misses what the question is about (see <see cref="KnowledgeThresholds.TopicSupport"/>).</summary>
    public double TopicSupport => Relevance * Math.Sqrt(TopicCoverage);
}
