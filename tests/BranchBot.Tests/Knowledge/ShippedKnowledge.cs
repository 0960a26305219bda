using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>The shipped entries and one index over them, shared by the fact tests (built once per test run).</summary>
internal static class ShippedKnowledge
{
    public static readonly IReadOnlyList<KnowledgeEntry> Entries = KnowledgeFiles.AllEntries();

    public static readonly KnowledgeIndex ShippedIndex = new(Entries);

    public static KnowledgeEntry Entry(string question) => Assert.Single(Entries, e => e.Question == question);

    /// <summary>
    /// The entry a member's phrasing reaches: the answer, or, when the precision gate declines, the first of the closest
    /// questions offered as buttons (a tap away). Null when neither.
    /// </summary>
    public static string? Reached(string memberPhrasing)
    {
        var result = ShippedIndex.Search(memberPhrasing);
        return result.Verdict == KnowledgeVerdict.OutOfScope ? null : result.Best?.Entry.Question;
    }
}
