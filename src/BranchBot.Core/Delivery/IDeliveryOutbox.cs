namespace BranchBot.Core.Delivery;

/// <summary>
/// The durable outbox every proactive send goes through (broadcasts, reminders, nudges). Enqueued items survive a
/// crash; background workers send them with bounded concurrency and the global rate limit, retrying what may
/// succeed later. Implemented by the delivery engine; used by the features.
/// </summary>
public interface IDeliveryOutbox
{
    /// <summary>Stores one pending item per (batch, member); returns how many were new.</summary>
    Task<int> EnqueueAsync(DeliveryRequest request, CancellationToken cancellationToken);

    /// <summary>Cancels the batch's items that have not been taken by a worker yet; returns how many.</summary>
    Task<int> CancelPendingAsync(string batchId, CancellationToken cancellationToken);

    /// <summary>Every item of the batch with its current state (empty items when the batch is unknown).</summary>
    Task<DeliveryReport> GetReportAsync(string batchId, CancellationToken cancellationToken);
}
