using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Organisation;
using BranchBot.Storage.LiteDb.Organisation;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Broadcasts;

/// <summary>
/// One branch's 定期广播, numbered per branch ("{branch}:{number}" ids); another branch's plans are never returned and
/// never written over.
/// </summary>
public sealed class LiteDbBroadcastPlanStore : IBroadcastPlanStore
{
    private readonly BranchGuard _guard;
    private readonly ILiteCollection<BroadcastPlanDocument> _plans;

    /// <summary>The store of the database's only branch (created with its organisation on a new database).</summary>
    public LiteDbBroadcastPlanStore(LiteDbContext context)
        : this(context, LiteDbOrganisationStore.PrimaryBranchOf(context))
    {
    }

    public LiteDbBroadcastPlanStore(LiteDbContext context, BranchContext branch)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(branch);
        _guard = new BranchGuard(branch.Id);
        _plans = context.Collection<BroadcastPlanDocument>(LiteDbCollections.BroadcastPlans);
        context.IndexOnce(nameof(LiteDbBroadcastPlanStore), () =>
        {
            _plans.EnsureIndex(p => p.BranchId);
        });
    }

    private string BranchId => _guard.BranchId;

    public ValueTask<BroadcastPlan?> GetAsync(int number, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_guard.Own(_plans.FindById(BroadcastPlanDocument.IdOf(BranchId, number)), p => p.BranchId)?.ToPlan());

    public ValueTask<int> LastNumberAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(Own().Select(p => p.Number).DefaultIfEmpty(0).Max());

    public ValueTask<IReadOnlyList<BroadcastPlan>> ListAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<BroadcastPlan>>([.. Own().OrderBy(p => p.Number).Select(p => p.ToPlan())]);

    public ValueTask SaveAsync(BroadcastPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var document = BroadcastPlanDocument.From(plan, BranchId);
        _guard.RefuseOther(_plans.FindById(document.Id)?.BranchId, document.Id);
        _plans.Upsert(document);
        return ValueTask.CompletedTask;
    }

    private IEnumerable<BroadcastPlanDocument> Own() => _plans.Find(Filter.Equal(nameof(BroadcastPlanDocument.BranchId), BranchId));
}
