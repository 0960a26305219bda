namespace BranchBot.Core.Delivery;

/// <summary>Wakes idle workers when something was enqueued, so they need not wait for the next poll.</summary>
public sealed class DeliverySignal
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Notify()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers any number of enqueues.
        }
    }

    /// <summary>Waits for a signal or the timeout; true when signalled.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _wake.WaitAsync(timeout, cancellationToken);
}
