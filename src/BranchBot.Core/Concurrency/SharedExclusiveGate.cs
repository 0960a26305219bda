namespace BranchBot.Core.Concurrency;

/// <summary>
/// An asynchronous reader-writer gate: any number of shared holders at once, or one exclusive holder. A waiting
/// exclusive holder lets no new shared holder in, so a stream of shared work cannot starve it.
/// </summary>
public sealed class SharedExclusiveGate : IDisposable
{
    // Exclusive holders keep it for their whole run; shared holders only pass through it to count themselves in.
    private readonly SemaphoreSlim _entry = new(1, 1);
    private readonly Lock _count = new();
    private int _shared;
    private TaskCompletionSource? _drained;

    public async Task<T> RunSharedAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await _entry.WaitAsync(cancellationToken);
        lock (_count)
        {
            _shared++;
        }

        _entry.Release();
        try
        {
            return await work();
        }
        finally
        {
            LeaveShared();
        }
    }

    public async Task<T> RunExclusiveAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await _entry.WaitAsync(cancellationToken);
        try
        {
            await SharedDrainedAsync(cancellationToken);
            return await work();
        }
        finally
        {
            _entry.Release();
        }
    }

    public void Dispose() => _entry.Dispose();

    private Task SharedDrainedAsync(CancellationToken cancellationToken)
    {
        lock (_count)
        {
            if (_shared == 0)
            {
                return Task.CompletedTask;
            }

            _drained = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _drained.Task.WaitAsync(cancellationToken);
        }
    }

    private void LeaveShared()
    {
        TaskCompletionSource? drained = null;
        lock (_count)
        {
            _shared--;
            if (_shared == 0)
            {
                drained = _drained;
                _drained = null;
            }
        }

        drained?.TrySetResult();
    }
}
