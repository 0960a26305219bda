using BranchBot.Core.Broadcasts.Plans;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Broadcasts;

public sealed class LiteDbBroadcastPlanStore : IBroadcastPlanStore
{
    private readonly ILiteCollection<BroadcastPlanDocument> _plans;

    public LiteDbBroadcastPlanStore(LiteDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _plans = context.Collection<BroadcastPlanDocument>(LiteDbCollections.BroadcastPlans);
    }

    public ValueTask<BroadcastPlan?> GetAsync(int number, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_plans.FindById(number)?.ToPlan());

    public ValueTask<int> LastNumberAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(_plans.Count() == 0 ? 0 : _plans.Max(p => p.Id));

    public ValueTask<IReadOnlyList<BroadcastPlan>> ListAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<BroadcastPlan>>([.. _plans.Find(Query.All()).Select(p => p.ToPlan())]);

    public ValueTask SaveAsync(BroadcastPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        _plans.Upsert(BroadcastPlanDocument.From(plan));
        return ValueTask.CompletedTask;
    }
}
