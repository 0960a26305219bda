namespace BranchBot.Core.Knowledge.Entries;

/// <summary>Where an entry in use comes from.</summary>
public enum KnowledgeEntryOrigin
{
    /// <summary>A Markdown file in knowledge/.</summary>
    File,

    /// <summary>Added or corrected by a secretary (database).</summary>
    Database,
}

/// <summary>
/// An entry as the chat and the console show it: its text, where it comes from, and for a database entry whether it
/// replaces a file entry (deleting it brings the file entry back).
/// </summary>
public sealed record KnowledgeEntryView(
    string Question,
    IReadOnlyList<string> AlternativeQuestions,
    string Answer,
    string Source,
    KnowledgeEntryOrigin Origin,
    string? StoredId,
    string FileName,
    bool OverridesFileEntry,
    DateTimeOffset? UpdatedAt,
    string? UpdatedBy)
{
    public static KnowledgeEntryView FromFile(KnowledgeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Question, entry.AlternativeQuestions, entry.Answer, entry.Source.ToString(), KnowledgeEntryOrigin.File, null, entry.FileName, false, null, null);
    }

    public static KnowledgeEntryView FromStored(StoredKnowledgeEntry entry, bool overridesFileEntry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Question, entry.AlternativeQuestions, entry.Answer, entry.Source, KnowledgeEntryOrigin.Database, entry.Id, StoredKnowledgeEntry.Origin, overridesFileEntry, entry.UpdatedAt, entry.UpdatedBy);
    }
}

/// <summary>What saving did: a new entry, a change to a stored one, or a correction that now replaces a file entry.</summary>
public enum KnowledgeEntryChange
{
    Added,
    Updated,
    OverridesFileEntry,
}

public sealed record SavedKnowledgeEntry(KnowledgeEntryView Entry, KnowledgeEntryChange Change);

/// <summary>A deleted database entry, and the file entry that answers its question again, if any.</summary>
public sealed record DeletedKnowledgeEntry(KnowledgeEntryView Deleted, KnowledgeEntryView? RestoredFileEntry);
