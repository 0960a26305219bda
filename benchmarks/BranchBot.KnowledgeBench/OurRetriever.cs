using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>The product's index, with its own confidence rule (answered = <see cref="KnowledgeVerdict.Answered"/>).</summary>
internal sealed class OurRetriever(KnowledgeIndex index) : IRetriever
{
    public string Name => "BranchBot KnowledgeIndex";

    public RetrievalResult Search(string question)
    {
        var result = index.Search(question);
        return new RetrievalResult(result.Best?.Entry.Question, result.Verdict == KnowledgeVerdict.Answered ? 1 : 0, result.Verdict != KnowledgeVerdict.OutOfScope);
    }
}
