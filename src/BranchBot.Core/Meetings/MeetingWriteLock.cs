namespace BranchBot.Core.Meetings;

/// <summary>
/// Serialises every meeting, plan and attendance write in this process, so that read-check-write sequences
/// (签到 twice at once, a plan run twice at once) cannot interleave.
/// </summary>
public sealed class MeetingWriteLock : IDisposable
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
