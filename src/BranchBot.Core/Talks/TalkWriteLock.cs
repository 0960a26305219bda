namespace BranchBot.Core.Talks;

/// <summary>Serialises every talk, feedback, follow-up and plan write in this process, so read-check-write sequences cannot interleave.</summary>
public sealed class TalkWriteLock : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await write();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
