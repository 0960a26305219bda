using BranchBot.Core.Organisation;
using BranchBot.Core.WebConsole;

namespace BranchBot.Storage.Postgres.WebConsole;

/// <summary>One branch's console audit log (操作日志).</summary>
public sealed class PostgresConsoleAuditStore(PostgresDatabase database, BranchContext branch) : IConsoleAuditStore
{
    public async ValueTask AppendAsync(ConsoleAuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await database.ExecuteAsync(
            "INSERT INTO console_audit (id, branch_id, at_ticks, doc) VALUES (@id, @branch, @at, @doc)",
            cancellationToken, ("id", entry.Id), ("branch", branch.Id), ("at", entry.At.UtcTicks), ("doc", Documents.Json(entry))).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<ConsoleAuditEntry>> ListAsync(int limit, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            "SELECT doc FROM console_audit WHERE branch_id = @branch ORDER BY at_ticks DESC LIMIT @limit", r => Documents.Read<ConsoleAuditEntry>(r), cancellationToken,
            ("branch", branch.Id), ("limit", Math.Max(0, limit))).ConfigureAwait(false);
}
