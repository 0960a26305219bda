using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>The shipped entries and one index over them, shared by the fact tests (built once per test run).</summary>
internal static class ShippedKnowledge
{
    public static readonly IReadOnlyList<KnowledgeEntry> Entries = KnowledgeFiles.AllEntries();

    public static readonly KnowledgeIndex ShippedIndex = new(Entries);

    public static KnowledgeEntry Entry(string question) => Assert.Single(Entries, e => e.Question == question);
}
