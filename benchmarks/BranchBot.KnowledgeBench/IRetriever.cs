namespace BranchBot.KnowledgeBench;

/// <summary>What the comparison needs of a retrieval system: the best entry, and whether it would answer with it.</summary>
internal interface IRetriever
{
    string Name { get; }

    RetrievalResult Search(string question);
}

/// <param name="BestQuestion">Question of the top-ranked entry, or null when nothing matched.</param>
/// <param name="Confidence">The figure the answer threshold is applied to (higher is surer).</param>
/// <param name="InScope">False when the system rules the question out before any threshold.</param>
internal sealed record RetrievalResult(string? BestQuestion, double Confidence, bool InScope);
