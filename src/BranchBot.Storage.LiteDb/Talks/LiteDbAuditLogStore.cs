using BranchBot.Core.Talks;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Talks;

public sealed class LiteDbAuditLogStore : IAuditLogStore
{
    private readonly ILiteCollection<AuditDocument> _entries;

    public LiteDbAuditLogStore(LiteDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _entries = context.Collection<AuditDocument>(LiteDbCollections.TalkAudit);
        _entries.EnsureIndex(e => e.AtUtc);
    }

    public ValueTask AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries.Insert(entries.Select(AuditDocument.From));
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<AuditEntry>> ListAsync(int limit, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<AuditEntry>>([.. _entries.Query()
            .OrderByDescending(e => e.AtUtc)
            .Limit(limit)
            .ToEnumerable()
            .Select(e => e.ToEntry())]);
}
