namespace BranchBot.Core.Delivery;

/// <summary>
/// Durable storage of the outbox. Taking items (<see cref="ClaimDueAsync"/>) is persisted before anything is sent,
/// so a crash leaves them <see cref="DeliveryState.InFlight"/> and start-up can tell them apart.
/// </summary>
public interface IDeliveryStore
{
    /// <summary>Adds one pending item per member not yet in the batch; returns how many were added.</summary>
    Task<int> AddAsync(DeliveryRequest request, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Marks the batch's pending items cancelled; returns how many.</summary>
    Task<int> CancelPendingAsync(string batchId, DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyList<DeliveryItem>> GetBatchAsync(string batchId, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="results"/> (as <see cref="RecordAsync"/>), then moves up to <paramref name="max"/> pending
    /// items due at <paramref name="now"/> to in-flight, all in one write: each write costs a disk flush.
    /// </summary>
    Task<IReadOnlyList<DeliveryItem>> RecordAndClaimAsync(
        IReadOnlyList<DeliveryItemUpdate> results, DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="RecordAndClaimAsync"/>, but claims only the due pending items of <paramref name="batchId"/>, under the
    /// same rule (taking is exclusive: an item a worker took is not taken again, and the other way round).
    /// </summary>
    Task<IReadOnlyList<DeliveryItem>> RecordAndClaimBatchAsync(
        string batchId, IReadOnlyList<DeliveryItemUpdate> results, DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>Writes attempt results back to in-flight items, in one write; items no longer in flight are left alone.</summary>
    Task RecordAsync(IReadOnlyList<DeliveryItemUpdate> updates, CancellationToken cancellationToken);

    /// <summary>At start-up: every item still in flight (the process stopped mid-send) becomes unknown; returns how many.</summary>
    Task<int> MarkInFlightUnknownAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The earliest next-attempt time of any pending item, or null when nothing is pending.</summary>
    Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken);
}
