namespace BranchBot.Core.Meetings;

/// <summary>Meetings, recurring plans and attendance.</summary>
public interface IMeetingStore
{
    ValueTask<Meeting?> GetAsync(string meetingId, CancellationToken cancellationToken);

    /// <summary>Meetings (cancelled ones included) starting in [from, to), ordered by start.</summary>
    ValueTask<IReadOnlyList<Meeting>> ListStartingBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    ValueTask SaveAsync(Meeting meeting, CancellationToken cancellationToken);

    /// <summary>Saves many meetings in one transaction (plan occurrences, benchmarks).</summary>
    ValueTask SaveManyAsync(IReadOnlyList<Meeting> meetings, CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<MeetingPlan>> ListPlansAsync(CancellationToken cancellationToken);

    ValueTask SavePlanAsync(MeetingPlan plan, CancellationToken cancellationToken);

    ValueTask<AttendanceRecord?> GetAttendanceAsync(string meetingId, string memberId, CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<AttendanceRecord>> ListAttendanceAsync(string meetingId, CancellationToken cancellationToken);

    /// <summary>Leave requests waiting for a decision, oldest first.</summary>
    ValueTask<IReadOnlyList<AttendanceRecord>> ListPendingLeaveAsync(CancellationToken cancellationToken);

    ValueTask SaveAttendanceAsync(AttendanceRecord record, CancellationToken cancellationToken);

    /// <summary>Forgets one member's record at one meeting (a withdrawn leave request); nothing happens when there is none.</summary>
    ValueTask DeleteAttendanceAsync(string meetingId, string memberId, CancellationToken cancellationToken);
}
