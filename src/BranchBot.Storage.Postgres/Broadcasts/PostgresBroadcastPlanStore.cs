using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Organisation;

namespace BranchBot.Storage.Postgres.Broadcasts;

/// <summary>One branch's 定期广播, keyed by branch and number; another branch's plans are never returned and never written over.</summary>
public sealed class PostgresBroadcastPlanStore(PostgresDatabase database, BranchContext branch) : IBroadcastPlanStore
{
    private readonly string _branchId = branch.Id;

    public async ValueTask<BroadcastPlan?> GetAsync(int number, CancellationToken cancellationToken) =>
        await database.QuerySingleAsync(
            "SELECT doc FROM broadcast_plans WHERE branch_id = @branch AND number = @number", r => Documents.Read<BroadcastPlan>(r), cancellationToken,
            ("branch", _branchId), ("number", number)).ConfigureAwait(false);

    public async ValueTask<int> LastNumberAsync(CancellationToken cancellationToken) =>
        (int)(await database.ScalarAsync("SELECT coalesce(max(number), 0) FROM broadcast_plans WHERE branch_id = @branch", cancellationToken, ("branch", _branchId)).ConfigureAwait(false) ?? 0);

    public async ValueTask<IReadOnlyList<BroadcastPlan>> ListAsync(CancellationToken cancellationToken) =>
        await database.QueryAsync(
            "SELECT doc FROM broadcast_plans WHERE branch_id = @branch ORDER BY number", r => Documents.Read<BroadcastPlan>(r), cancellationToken, ("branch", _branchId)).ConfigureAwait(false);

    public async ValueTask SaveAsync(BroadcastPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        await database.ExecuteAsync(
            "INSERT INTO broadcast_plans (branch_id, number, doc) VALUES (@branch, @number, @doc) ON CONFLICT (branch_id, number) DO UPDATE SET doc = EXCLUDED.doc",
            cancellationToken, ("branch", _branchId), ("number", plan.Number), ("doc", Documents.Json(plan))).ConfigureAwait(false);
    }
}
