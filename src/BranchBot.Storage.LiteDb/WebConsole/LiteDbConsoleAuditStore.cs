using BranchBot.Core.WebConsole;
using LiteDB;

namespace BranchBot.Storage.LiteDb.WebConsole;

public sealed class LiteDbConsoleAuditStore : IConsoleAuditStore
{
    private readonly ILiteCollection<ConsoleAuditDocument> _entries;

    public LiteDbConsoleAuditStore(LiteDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _entries = context.Collection<ConsoleAuditDocument>(LiteDbCollections.ConsoleAudit);
        _entries.EnsureIndex(e => e.AtUtc);
    }

    public ValueTask AppendAsync(ConsoleAuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _entries.Insert(ConsoleAuditDocument.From(entry));
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<ConsoleAuditEntry>> ListAsync(int limit, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<ConsoleAuditEntry>>([.. _entries.Query()
            .OrderByDescending(e => e.AtUtc)
            .Limit(limit)
            .ToEnumerable()
            .Select(e => e.ToEntry())]);
}
