using BranchBot.Core.Knowledge.Entries;
using BranchBot.Core.Organisation;

namespace BranchBot.Storage.Postgres.Knowledge;

/// <summary>The branch's own knowledge entries and the organisation's (scope Organisation), as the LiteDB store reads them.</summary>
public sealed class PostgresKnowledgeEntryStore(PostgresDatabase database, BranchContext branch) : IKnowledgeEntryStore
{
    private readonly string _branchId = branch.Id;

    public async ValueTask<IReadOnlyList<StoredKnowledgeEntry>> ListAsync(CancellationToken cancellationToken) =>
        await database.QueryAsync(
            "SELECT doc, scope, branch_id FROM knowledge_entries WHERE branch_id = @branch OR scope = @organisation ORDER BY created_ticks, id COLLATE \"C\"",
            r => Documents.Read<StoredKnowledgeEntry>(r) with { Scope = (KnowledgeEntryScope)r.GetInt32(1), OwnerBranchId = r.GetString(2) }, cancellationToken, ("branch", _branchId), ("organisation", (int)KnowledgeEntryScope.Organisation)).ConfigureAwait(false);

    public async ValueTask SaveAsync(StoredKnowledgeEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);

        // A new entry is the branch's own; an existing one keeps its scope.
        var written = await database.ExecuteAsync(
            """
            INSERT INTO knowledge_entries (id, branch_id, scope, created_ticks, doc) VALUES (@id, @branch, @scope, @created, @doc)
            ON CONFLICT (id) DO UPDATE SET created_ticks = EXCLUDED.created_ticks, doc = EXCLUDED.doc
            WHERE knowledge_entries.branch_id = EXCLUDED.branch_id
            """,
            cancellationToken,
            ("id", entry.Id), ("branch", _branchId), ("scope", (int)KnowledgeEntryScope.Branch), ("created", entry.CreatedAt.UtcTicks), ("doc", Documents.Json(entry))).ConfigureAwait(false);
        if (written == 0)
        {
            throw new BranchMismatchException(entry.Id, _branchId);
        }
    }

    public async ValueTask<bool> SetScopeAsync(string id, KnowledgeEntryScope scope, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "UPDATE knowledge_entries SET scope = @scope WHERE id = @id AND branch_id = @branch",
            cancellationToken, ("scope", (int)scope), ("id", id), ("branch", _branchId)).ConfigureAwait(false) > 0;

    public async ValueTask<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var owner = await database.ScalarAsync("SELECT branch_id FROM knowledge_entries WHERE id = @id", cancellationToken, ("id", id)).ConfigureAwait(false);
        if (owner is string other && other != _branchId)
        {
            throw new BranchMismatchException(id, _branchId);
        }

        return await database.ExecuteAsync("DELETE FROM knowledge_entries WHERE id = @id AND branch_id = @branch", cancellationToken, ("id", id), ("branch", _branchId)).ConfigureAwait(false) > 0;
    }
}
