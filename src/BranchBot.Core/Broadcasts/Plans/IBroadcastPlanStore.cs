namespace BranchBot.Core.Broadcasts.Plans;

/// <summary>Recurring broadcasts, running and stopped.</summary>
public interface IBroadcastPlanStore
{
    ValueTask<BroadcastPlan?> GetAsync(int number, CancellationToken cancellationToken);

    /// <summary>The highest number given so far; 0 before the first plan.</summary>
    ValueTask<int> LastNumberAsync(CancellationToken cancellationToken);

    /// <summary>Every plan, by number.</summary>
    ValueTask<IReadOnlyList<BroadcastPlan>> ListAsync(CancellationToken cancellationToken);

    ValueTask SaveAsync(BroadcastPlan plan, CancellationToken cancellationToken);
}
