using BranchBot.Core.Concurrency;

namespace BranchBot.Core.Meetings;

/// <summary>
/// Guards the meeting feature's read-check-write sequences in this process. A write of one member's attendance record
/// (签到, 请假, a leave decision) holds only that record, so check-ins of different members run side by side and
/// share the store's disk syncs; a meeting, plan or whole-meeting write (补录) holds the feature alone and waits for
/// the record writes under way.
/// </summary>
public sealed class MeetingWriteLock : IDisposable
{
    // Striped rather than one lock per record: the same record always maps to the same stripe, nothing to clean up.
    private const int Stripes = 64;

    private readonly SharedExclusiveGate _feature = new();
    private readonly SemaphoreSlim[] _records = [.. Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>Runs a meeting, plan or whole-meeting attendance write with the feature to itself.</summary>
    public Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken) =>
        _feature.RunExclusiveAsync(write, cancellationToken);

    /// <summary>Runs a write of one member's attendance record at one meeting.</summary>
    public Task<T> RunForRecordAsync<T>(string meetingId, string memberId, Func<Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var stripe = _records[(uint)StringComparer.Ordinal.GetHashCode(AttendanceRecord.KeyOf(meetingId, memberId)) % Stripes];
        return _feature.RunSharedAsync(async () =>
        {
            await stripe.WaitAsync(cancellationToken);
            try
            {
                return await write();
            }
            finally
            {
                stripe.Release();
            }
        }, cancellationToken);
    }

    public void Dispose()
    {
        _feature.Dispose();
        foreach (var stripe in _records)
        {
            stripe.Dispose();
        }
    }
}
