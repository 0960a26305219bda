using BranchBot.Core.Organisation;
using BranchBot.Core.Talks;

namespace BranchBot.Storage.Postgres.Talks;

/// <summary>One branch's audit log of views of private records.</summary>
public sealed class PostgresAuditLogStore(PostgresDatabase database, BranchContext branch) : IAuditLogStore
{
    public async ValueTask AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await database.InTransactionAsync(async session =>
        {
            foreach (var entry in entries)
            {
                await session.ExecuteAsync(
                    "INSERT INTO talk_audit (id, branch_id, at_ticks, doc) VALUES (@id, @branch, @at, @doc)",
                    cancellationToken, ("id", entry.Id), ("branch", branch.Id), ("at", entry.At.UtcTicks), ("doc", Documents.Json(entry))).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<AuditEntry>> ListAsync(int limit, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            "SELECT doc FROM talk_audit WHERE branch_id = @branch ORDER BY at_ticks DESC LIMIT @limit", r => Documents.Read<AuditEntry>(r), cancellationToken,
            ("branch", branch.Id), ("limit", Math.Max(0, limit))).ConfigureAwait(false);
}
