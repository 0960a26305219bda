using BranchBot.Core.Concurrency;

namespace BranchBot.Core.Meetings;

/// <summary>
/// Guards the meeting feature's read-check-write sequences in this process. A write of one member's attendance record
/// (签到, 请假, a leave decision) holds only that record, so check-ins of different members run side by side and
/// share the store's disk syncs; a meeting, plan or whole-meeting write (补录) holds the feature alone.
/// </summary>
public sealed class MeetingWriteLock : KeyedWriteLock
{
    /// <summary>Runs a write of one member's attendance record at one meeting.</summary>
    public Task<T> RunForRecordAsync<T>(string meetingId, string memberId, Func<Task<T>> write, CancellationToken cancellationToken) =>
        RunForKeyAsync(AttendanceRecord.KeyOf(meetingId, memberId), write, cancellationToken);
}
