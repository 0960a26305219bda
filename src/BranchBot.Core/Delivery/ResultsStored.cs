namespace BranchBot.Core.Delivery;

/// <summary>Wakes everyone waiting for attempt results to be stored (unlike <see cref="DeliverySignal"/>, all waiters at once).</summary>
internal sealed class ResultsStored
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next store of results; read it before looking at the store, so no write is missed.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Pulse() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
