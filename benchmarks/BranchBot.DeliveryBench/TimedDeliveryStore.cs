using System.Diagnostics;
using System.Globalization;
using BranchBot.Core.Delivery;

/// <summary>Counts and times the claims and result writes of an engine run, to show how well they are batched.</summary>
internal sealed class TimedDeliveryStore(IDeliveryStore inner) : IDeliveryStore
{
    private long _claims, _claimed, _recordedWithClaims, _claimTicks, _records, _recorded, _recordTicks;

    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"claims {_claims} ({(double)_claimed / Math.Max(_claims, 1):F1} items each, {_recordedWithClaims} results written with them, {Stopwatch.GetElapsedTime(0, _claimTicks).TotalMilliseconds:F0} ms); " +
        $"result writes {_records} ({(double)_recorded / Math.Max(_records, 1):F1} items each, {Stopwatch.GetElapsedTime(0, _recordTicks).TotalMilliseconds:F0} ms)");

    public Task<int> AddAsync(DeliveryRequest request, DateTimeOffset now, CancellationToken cancellationToken) => inner.AddAsync(request, now, cancellationToken);

    public Task<int> CancelPendingAsync(string batchId, DateTimeOffset now, CancellationToken cancellationToken) => inner.CancelPendingAsync(batchId, now, cancellationToken);

    public Task<IReadOnlyList<DeliveryItem>> GetBatchAsync(string batchId, CancellationToken cancellationToken) => inner.GetBatchAsync(batchId, cancellationToken);

    public async Task<IReadOnlyList<DeliveryItem>> RecordAndClaimAsync(
        IReadOnlyList<DeliveryItemUpdate> results, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        Interlocked.Add(ref _recordedWithClaims, results.Count);
        var items = await inner.RecordAndClaimAsync(results, now, max, cancellationToken);
        Interlocked.Add(ref _claimTicks, Stopwatch.GetTimestamp() - start);
        Interlocked.Increment(ref _claims);
        Interlocked.Add(ref _claimed, items.Count);
        return items;
    }

    public Task<IReadOnlyList<DeliveryItem>> RecordAndClaimBatchAsync(
        string batchId, IReadOnlyList<DeliveryItemUpdate> results, DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        inner.RecordAndClaimBatchAsync(batchId, results, now, max, cancellationToken);

    public async Task RecordAsync(IReadOnlyList<DeliveryItemUpdate> updates, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var count = updates.Count;
        await inner.RecordAsync(updates, cancellationToken);
        Interlocked.Add(ref _recordTicks, Stopwatch.GetTimestamp() - start);
        Interlocked.Increment(ref _records);
        Interlocked.Add(ref _recorded, count);
    }

    public Task<int> MarkInFlightUnknownAsync(DateTimeOffset now, CancellationToken cancellationToken) => inner.MarkInFlightUnknownAsync(now, cancellationToken);

    public Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken) => inner.NextDueAsync(cancellationToken);
}
