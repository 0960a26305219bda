using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>
/// The product's index (with its own terms or a segmenter's). Confidence is the best entry's topic support when the
/// product rule answers, else 0: a threshold just above 0 is the product as shipped, a higher one what a stricter
/// <see cref="KnowledgeThresholds.TopicSupport"/> would do.
/// </summary>
internal sealed class OurRetriever(string name, KnowledgeIndex index) : IRetriever
{
    public string Name => name;

    public RetrievalResult Search(string question)
    {
        var result = index.Search(question);
        return new RetrievalResult(result.Best?.Entry.Question, result.Verdict == KnowledgeVerdict.Answered ? result.Best!.TopicSupport : 0, result.Verdict != KnowledgeVerdict.OutOfScope);
    }
}
