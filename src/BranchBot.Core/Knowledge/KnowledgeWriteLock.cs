namespace BranchBot.Core.Knowledge;

/// <summary>
/// Serialises every change to stored entries and the question queue in this process, so read-check-write sequences
/// cannot interleave and index refreshes happen in the order of the writes.
/// </summary>
public sealed class KnowledgeWriteLock : IDisposable
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
