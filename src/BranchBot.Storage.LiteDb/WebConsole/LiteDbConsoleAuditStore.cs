using BranchBot.Core.WebConsole;
using BranchBot.Core.Organisation;
using LiteDB;

namespace BranchBot.Storage.LiteDb.WebConsole;

/// <summary>One branch's console audit log: what was done and seen on its console, and by whom.</summary>
public sealed class LiteDbConsoleAuditStore : IConsoleAuditStore
{
    private readonly ILiteCollection<ConsoleAuditDocument> _entries;
    private readonly string _branchId;

    public LiteDbConsoleAuditStore(LiteDbContext context, BranchContext branch)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(branch);
        _branchId = branch.Id;
        _entries = context.Collection<ConsoleAuditDocument>(LiteDbCollections.ConsoleAudit);
        _entries.EnsureIndex(e => e.AtUtc);
        _entries.EnsureIndex(e => e.BranchId);
    }

    public ValueTask AppendAsync(ConsoleAuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _entries.Insert(ConsoleAuditDocument.From(entry, _branchId));
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<ConsoleAuditEntry>> ListAsync(int limit, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<ConsoleAuditEntry>>([.. _entries.Query()
            .Where(Filter.Equal(nameof(ConsoleAuditDocument.BranchId), _branchId))
            .OrderByDescending(e => e.AtUtc)
            .Limit(limit)
            .ToEnumerable()
            .Select(e => e.ToEntry())]);
}
