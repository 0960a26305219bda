using BranchBot.Core.Organisation;
using BranchBot.Core.PartyDevelopment;

namespace BranchBot.Storage.Postgres.PartyDevelopment;

/// <summary>One branch's 发展党员 files, one row per person with the steps in the document.</summary>
public sealed class PostgresDevelopmentStore(PostgresDatabase database, BranchContext branch) : IDevelopmentStore
{
    private readonly string _branchId = branch.Id;

    public async ValueTask SaveAsync(DevelopmentRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await database.WithSessionAsync(async session =>
        {
            await WriteAsync(session, record, _branchId, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<DevelopmentRecord?> GetAsync(string recordId, CancellationToken cancellationToken) =>
        await database.QuerySingleAsync(
            "SELECT doc FROM party_development WHERE id = @id AND branch_id = @branch", r => Documents.Read<DevelopmentRecord>(r), cancellationToken,
            ("id", recordId), ("branch", _branchId)).ConfigureAwait(false);

    public async ValueTask<IReadOnlyList<DevelopmentRecord>> ListAsync(CancellationToken cancellationToken) =>
        await database.QueryAsync(
            "SELECT doc FROM party_development WHERE branch_id = @branch ORDER BY created_ticks, id", r => Documents.Read<DevelopmentRecord>(r), cancellationToken,
            ("branch", _branchId)).ConfigureAwait(false);

    internal static Task WriteAsync(PostgresSession session, DevelopmentRecord record, string branchId, CancellationToken cancellationToken) =>
        Rows.UpsertOwnAsync(session, "party_development", "id", record.Id, branchId, cancellationToken,
            ("id", record.Id), ("created_ticks", Documents.Ticks(record.CreatedAt)), ("doc", Documents.Json(record)));
}
