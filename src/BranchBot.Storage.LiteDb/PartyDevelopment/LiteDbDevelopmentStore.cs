using BranchBot.Core.Organisation;
using BranchBot.Core.PartyDevelopment;
using BranchBot.Storage.LiteDb.Organisation;
using LiteDB;

namespace BranchBot.Storage.LiteDb.PartyDevelopment;

/// <summary>One branch's 发展党员 files, one document per person with the steps inside; another branch's are never returned or written over.</summary>
public sealed class LiteDbDevelopmentStore : IDevelopmentStore
{
    private readonly BranchGuard _guard;
    private readonly ILiteCollection<DevelopmentDocument> _files;

    public LiteDbDevelopmentStore(LiteDbContext context, BranchContext branch)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(branch);
        _guard = new BranchGuard(branch.Id);
        _files = context.Collection<DevelopmentDocument>(LiteDbCollections.PartyDevelopment);
        context.IndexOnce(nameof(LiteDbDevelopmentStore), () => _files.EnsureIndex(f => f.BranchId));
    }

    public ValueTask SaveAsync(DevelopmentRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        _guard.RefuseOther(_files.FindById(record.Id)?.BranchId, record.Id);
        _files.Upsert(DevelopmentDocument.From(record, _guard.BranchId));
        return ValueTask.CompletedTask;
    }

    public ValueTask<DevelopmentRecord?> GetAsync(string recordId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_guard.Own(_files.FindById(recordId), f => f.BranchId)?.ToRecord());

    public ValueTask<IReadOnlyList<DevelopmentRecord>> ListAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<DevelopmentRecord>>([.. _files.Find(Filter.Equal(nameof(DevelopmentDocument.BranchId), _guard.BranchId))
            .Select(f => f.ToRecord())
            .OrderBy(r => r.CreatedAt)
            .ThenBy(r => r.Id, StringComparer.Ordinal)]);
}
