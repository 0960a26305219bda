namespace BranchBot.Core.Delivery;

/// <summary>Takes due outbox items and sends them: continuously in the background, or one pass on demand.</summary>
public interface IDeliveryDispatcher
{
    /// <summary>At start-up, before sending: items left in flight by a stopped process become unknown.</summary>
    Task<int> RecoverAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Sends every item due now and returns once their results are stored; retries land in later passes.
    /// Tests and the harness call this instead of running the background workers. Returns the attempts made.
    /// </summary>
    Task<int> RunDueAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Sends the due items of one batch now, claimed as a worker claims them (an item is never taken by both), and returns
    /// once their results are stored; items a worker took meanwhile are waited for, up to
    /// <see cref="DeliveryOptions.AttemptTimeout"/>. Failed attempts are retried later by the workers, not here.
    /// Returns the attempts made by this call.
    /// </summary>
    Task<int> RunBatchAsync(string batchId, CancellationToken cancellationToken);

    /// <summary>Sends as items come due until cancelled; woken by enqueues and polls for later items.</summary>
    Task RunAsync(CancellationToken cancellationToken);
}
