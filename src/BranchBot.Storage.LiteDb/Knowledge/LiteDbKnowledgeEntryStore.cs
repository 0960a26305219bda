using BranchBot.Core.Knowledge.Entries;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Knowledge;

public sealed class LiteDbKnowledgeEntryStore : IKnowledgeEntryStore
{
    private readonly ILiteCollection<KnowledgeEntryDocument> _entries;

    public LiteDbKnowledgeEntryStore(LiteDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _entries = context.Collection<KnowledgeEntryDocument>(LiteDbCollections.KnowledgeEntries);
    }

    public ValueTask<IReadOnlyList<StoredKnowledgeEntry>> ListAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<StoredKnowledgeEntry>>([.. _entries.FindAll().Select(d => d.ToEntry()).OrderBy(e => e.CreatedAt).ThenBy(e => e.Id, StringComparer.Ordinal)]);

    public ValueTask SaveAsync(StoredKnowledgeEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _entries.Upsert(KnowledgeEntryDocument.From(entry));
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> DeleteAsync(string id, CancellationToken cancellationToken) => ValueTask.FromResult(_entries.Delete(id));
}
