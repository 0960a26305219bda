namespace BranchBot.Core.Knowledge.Entries;

/// <summary>The knowledge entries secretaries keep in the database.</summary>
public interface IKnowledgeEntryStore
{
    /// <summary>Every stored entry, oldest first.</summary>
    ValueTask<IReadOnlyList<StoredKnowledgeEntry>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Adds the entry, or replaces the one with the same id.</summary>
    ValueTask SaveAsync(StoredKnowledgeEntry entry, CancellationToken cancellationToken);

    ValueTask<bool> DeleteAsync(string id, CancellationToken cancellationToken);

    /// <summary>Adopts the branch's own entry for the organisation, or gives it back to the branch alone; false when the branch has no such entry.</summary>
    ValueTask<bool> SetScopeAsync(string id, KnowledgeEntryScope scope, CancellationToken cancellationToken);
}
