namespace BranchBot.Core.Knowledge;

/// <summary>The entries read from one file; entries with a problem are left out and the problem is listed instead.</summary>
public sealed record KnowledgeFileResult(IReadOnlyList<KnowledgeEntry> Entries, IReadOnlyList<KnowledgeParseProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}
