namespace BranchBot.Core.Delivery;

/// <summary>Wakes idle workers when something was enqueued, so they need not wait for the next poll.</summary>
public sealed class DeliverySignal
{
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Wakes the waiter, or the next one to wait when nobody waits now.</summary>
    public void Notify() => Volatile.Read(ref _wake).TrySetResult();

    /// <summary>Waits for a signal or until <paramref name="timeout"/> has passed on the app's clock.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var wake = Volatile.Read(ref _wake);
        try
        {
            await wake.Task.WaitAsync(ClockWait.Until(timeout), timeProvider, cancellationToken);
        }
        catch (TimeoutException)
        {
            // The poll interval passed: look for items whose time has come.
        }

        if (wake.Task.IsCompleted)
        {
            Interlocked.CompareExchange(ref _wake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), wake);
        }
    }
}
