namespace BranchBot.Core.Knowledge.Entries;

/// <summary>How file entries and database entries are put together: one entry per normalised question, the database's winning.</summary>
public static class KnowledgeEntries
{
    /// <summary>Two questions are the same entry when they normalise alike ("支委会多久开一次？" and "支部委员会会议多久开一次").</summary>
    public static string Key(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return KnowledgeTextNormalizer.Normalize(question);
    }

    public static IReadOnlyList<KnowledgeEntry> Merge(IReadOnlyList<KnowledgeEntry> fileEntries, IReadOnlyList<StoredKnowledgeEntry> stored)
    {
        ArgumentNullException.ThrowIfNull(fileEntries);
        ArgumentNullException.ThrowIfNull(stored);
        var overridden = stored.Select(s => s.QuestionKey).ToHashSet(StringComparer.Ordinal);
        return [.. fileEntries.Where(e => !overridden.Contains(Key(e.Question))), .. stored.Select(s => s.ToEntry())];
    }
}
