using BranchBot.Core.Knowledge.Entries;
using BranchBot.Core.Organisation;
using BranchBot.Storage.LiteDb.Organisation;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Knowledge;

/// <summary>
/// The stored knowledge entries one branch is answered from: its own 支部答复 and the entries the organisation adopted
/// for every branch. It writes and deletes only the branch's own entries (an adopted one keeps its scope); another
/// branch's 支部答复 are never returned.
/// </summary>
public sealed class LiteDbKnowledgeEntryStore : IKnowledgeEntryStore
{
    private readonly BranchGuard _guard;
    private readonly ILiteCollection<KnowledgeEntryDocument> _entries;

    /// <summary>The store of the database's only branch (created with its organisation on a new database).</summary>
    public LiteDbKnowledgeEntryStore(LiteDbContext context)
        : this(context, LiteDbOrganisationStore.PrimaryBranchOf(context))
    {
    }

    public LiteDbKnowledgeEntryStore(LiteDbContext context, BranchContext branch)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(branch);
        _guard = new BranchGuard(branch.Id);
        _entries = context.Collection<KnowledgeEntryDocument>(LiteDbCollections.KnowledgeEntries);
        context.IndexOnce(nameof(LiteDbKnowledgeEntryStore), () =>
        {
            _entries.EnsureIndex(e => e.BranchId);
        });
    }

    private string BranchId => _guard.BranchId;

    public ValueTask<IReadOnlyList<StoredKnowledgeEntry>> ListAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<StoredKnowledgeEntry>>([.. _entries.FindAll()
            .Where(d => d.BranchId == BranchId || d.Scope == KnowledgeEntryScope.Organisation)
            .Select(d => d.ToEntry())
            .OrderBy(e => e.CreatedAt)
            .ThenBy(e => e.Id, StringComparer.Ordinal)]);

    public ValueTask SaveAsync(StoredKnowledgeEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var existing = _entries.FindById(entry.Id);
        _guard.RefuseOther(existing?.BranchId, entry.Id);
        _entries.Upsert(KnowledgeEntryDocument.From(entry, BranchId, existing?.Scope ?? KnowledgeEntryScope.Branch));
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> SetScopeAsync(string id, KnowledgeEntryScope scope, CancellationToken cancellationToken)
    {
        var existing = _entries.FindById(id);
        if (existing is null || existing.BranchId != BranchId)
        {
            return ValueTask.FromResult(false);
        }

        existing.Scope = scope;
        _entries.Update(existing);
        return ValueTask.FromResult(true);
    }

    public ValueTask<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        _guard.RefuseOther(_entries.FindById(id)?.BranchId, id);
        return ValueTask.FromResult(_entries.Delete(id));
    }
}
