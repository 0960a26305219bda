using BranchBot.Core.Talks;
using BranchBot.Core.Organisation;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Talks;

/// <summary>One branch's log of who read which 谈心 content.</summary>
public sealed class LiteDbAuditLogStore : IAuditLogStore
{
    private readonly ILiteCollection<AuditDocument> _entries;
    private readonly string _branchId;

    public LiteDbAuditLogStore(LiteDbContext context, BranchContext branch)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(branch);
        _branchId = branch.Id;
        _entries = context.Collection<AuditDocument>(LiteDbCollections.TalkAudit);
        context.IndexOnce(nameof(LiteDbAuditLogStore), () =>
        {
            _entries.EnsureIndex(e => e.AtUtc);
            _entries.EnsureIndex(e => e.BranchId);
        });
    }

    public ValueTask AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries.Insert(entries.Select(e => AuditDocument.From(e, _branchId)));
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<AuditEntry>> ListAsync(int limit, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<AuditEntry>>([.. _entries.Query()
            .Where(Filter.Equal(nameof(AuditDocument.BranchId), _branchId))
            .OrderByDescending(e => e.AtUtc)
            .Limit(limit)
            .ToEnumerable()
            .Select(e => e.ToEntry())]);
}
