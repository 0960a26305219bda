namespace BranchBot.Core.Delivery;

/// <summary>The outbox the features use: writes requests durably, then wakes the workers.</summary>
public sealed class DeliveryOutbox(IDeliveryStore store, DeliverySignal signal, TimeProvider timeProvider) : IDeliveryOutbox
{
    public async Task<int> EnqueueAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.BatchId);
        ArgumentNullException.ThrowIfNull(request.Message);
        var added = await store.AddAsync(request, timeProvider.GetUtcNow(), cancellationToken);
        if (added > 0)
        {
            signal.Notify();
        }

        return added;
    }

    public Task<int> CancelPendingAsync(string batchId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(batchId);
        return store.CancelPendingAsync(batchId, timeProvider.GetUtcNow(), cancellationToken);
    }

    public async Task<DeliveryReport> GetReportAsync(string batchId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(batchId);
        var items = await store.GetBatchAsync(batchId, cancellationToken);
        return new DeliveryReport(batchId, [.. items.Select(item => item.ToStatus())]);
    }
}
