using BranchBot.Core.Meetings;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Meetings;

public sealed class LiteDbMeetingStore : IMeetingStore
{
    private readonly LiteDbContext _context;
    private readonly ILiteCollection<MeetingDocument> _meetings;
    private readonly ILiteCollection<PlanDocument> _plans;
    private readonly ILiteCollection<AttendanceDocument> _attendance;

    public LiteDbMeetingStore(LiteDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _meetings = context.Collection<MeetingDocument>(LiteDbCollections.Meetings);
        _plans = context.Collection<PlanDocument>(LiteDbCollections.MeetingPlans);
        _attendance = context.Collection<AttendanceDocument>(LiteDbCollections.Attendance);
        _meetings.EnsureIndex(m => m.StartsAtUtc);
        _attendance.EnsureIndex(a => a.MeetingId);
        _attendance.EnsureIndex(a => a.Status);
    }

    public ValueTask<Meeting?> GetAsync(string meetingId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_meetings.FindById(meetingId)?.ToMeeting());

    public ValueTask<IReadOnlyList<Meeting>> ListStartingBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var start = from.UtcDateTime;
        var end = to.UtcDateTime;
        return ValueTask.FromResult<IReadOnlyList<Meeting>>([.. _meetings
            .Find(Filter.Within(nameof(MeetingDocument.StartsAtUtc), start, end))
            .OrderBy(m => m.StartsAtUtc)
            .Select(m => m.ToMeeting())]);
    }

    public ValueTask SaveAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        _meetings.Upsert(MeetingDocument.From(meeting));
        return ValueTask.CompletedTask;
    }

    public ValueTask SaveManyAsync(IReadOnlyList<Meeting> meetings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        _context.InTransaction(() => _meetings.Upsert(meetings.Select(MeetingDocument.From)));
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<MeetingPlan>> ListPlansAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<MeetingPlan>>([.. _plans.FindAll().Select(p => p.ToPlan())]);

    public ValueTask SavePlanAsync(MeetingPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        _plans.Upsert(PlanDocument.From(plan));
        return ValueTask.CompletedTask;
    }

    public ValueTask<AttendanceRecord?> GetAttendanceAsync(string meetingId, string memberId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_attendance.FindById(AttendanceRecord.KeyOf(meetingId, memberId))?.ToRecord());

    public ValueTask<IReadOnlyList<AttendanceRecord>> ListAttendanceAsync(string meetingId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<AttendanceRecord>>([.. _attendance.Find(a => a.MeetingId == meetingId).Select(a => a.ToRecord())]);

    public ValueTask<IReadOnlyList<AttendanceRecord>> ListPendingLeaveAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<AttendanceRecord>>([.. _attendance
            .Find(a => a.Status == AttendanceStatus.LeaveRequested)
            .OrderBy(a => a.At)
            .Select(a => a.ToRecord())]);

    public ValueTask SaveAttendanceAsync(AttendanceRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        _attendance.Upsert(AttendanceDocument.From(record));
        return ValueTask.CompletedTask;
    }
}
