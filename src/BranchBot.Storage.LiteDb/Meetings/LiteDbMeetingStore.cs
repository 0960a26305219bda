using BranchBot.Core.Meetings;
using BranchBot.Core.Organisation;
using BranchBot.Storage.LiteDb.Organisation;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Meetings;

/// <summary>
/// One branch's meetings, plans and attendance. Every document written carries the branch's id; another branch's
/// documents are never returned and never written over (<see cref="BranchGuard"/>).
/// </summary>
public sealed class LiteDbMeetingStore : IMeetingStore
{
    private readonly LiteDbContext _context;
    private readonly BranchGuard _guard;
    private readonly ILiteCollection<MeetingDocument> _meetings;
    private readonly ILiteCollection<PlanDocument> _plans;
    private readonly ILiteCollection<AttendanceDocument> _attendance;

    /// <summary>The store of the database's only branch (created with its organisation on a new database).</summary>
    public LiteDbMeetingStore(LiteDbContext context)
        : this(context, LiteDbOrganisationStore.PrimaryBranchOf(context))
    {
    }

    public LiteDbMeetingStore(LiteDbContext context, BranchContext branch)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(branch);
        _context = context;
        _guard = new BranchGuard(branch.Id);
        _meetings = context.Collection<MeetingDocument>(LiteDbCollections.Meetings);
        _plans = context.Collection<PlanDocument>(LiteDbCollections.MeetingPlans);
        _attendance = context.Collection<AttendanceDocument>(LiteDbCollections.Attendance);
        context.IndexOnce(nameof(LiteDbMeetingStore), () =>
        {
            _meetings.EnsureIndex(m => m.StartsAtUtc);
            _meetings.EnsureIndex(m => m.BranchId);
            _plans.EnsureIndex(p => p.BranchId);
            _attendance.EnsureIndex(a => a.MeetingId);
            _attendance.EnsureIndex(a => a.Status);
            _attendance.EnsureIndex(a => a.BranchId);
        });
    }

    private string BranchId => _guard.BranchId;

    public ValueTask<Meeting?> GetAsync(string meetingId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_guard.Own(_meetings.FindById(meetingId), m => m.BranchId)?.ToMeeting());

    public ValueTask<IReadOnlyList<Meeting>> ListStartingBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var start = from.UtcDateTime;
        var end = to.UtcDateTime;
        // Through the branch's index, then the time: the time index would walk every branch's meetings of the span, and
        // the cache in front of this store asks for all of them at once (with 300 branches, each branch's first read
        // at start-up read the whole organisation's meetings).
        return ValueTask.FromResult<IReadOnlyList<Meeting>>([.. _meetings
            .Find(Filter.Equal(nameof(MeetingDocument.BranchId), BranchId))
            .Select(m => (Document: m, Utc: m.StartsAtUtc.ToUniversalTime()))
            .Where(m => m.Utc >= start && m.Utc < end)
            .OrderBy(m => m.Utc)
            .Select(m => m.Document)
            .Select(m => m.ToMeeting())]);
    }

    public ValueTask SaveAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        Save(meeting);
        return ValueTask.CompletedTask;
    }

    public ValueTask SaveManyAsync(IReadOnlyList<Meeting> meetings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        _context.InTransaction(() =>
        {
            foreach (var meeting in meetings)
            {
                Save(meeting);
            }
        });
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<MeetingPlan>> ListPlansAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<MeetingPlan>>([.. _plans.Find(Filter.Equal(nameof(PlanDocument.BranchId), BranchId)).Select(p => p.ToPlan())]);

    public ValueTask SavePlanAsync(MeetingPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        _guard.RefuseOther(_plans.FindById(plan.Id)?.BranchId, plan.Id);
        _plans.Upsert(PlanDocument.From(plan, BranchId));
        return ValueTask.CompletedTask;
    }

    public ValueTask<AttendanceRecord?> GetAttendanceAsync(string meetingId, string memberId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_guard.Own(_attendance.FindById(AttendanceRecord.KeyOf(meetingId, memberId)), a => a.BranchId)?.ToRecord());

    public ValueTask<IReadOnlyList<AttendanceRecord>> ListAttendanceAsync(string meetingId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<AttendanceRecord>>([.. _attendance
            .Find(Filter.Equal(nameof(AttendanceDocument.MeetingId), meetingId))
            .Where(a => a.BranchId == BranchId)
            .Select(a => a.ToRecord())]);

    public ValueTask<IReadOnlyList<AttendanceRecord>> ListPendingLeaveAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<AttendanceRecord>>([.. _attendance
            .Find(a => a.Status == AttendanceStatus.LeaveRequested)
            .Where(a => a.BranchId == BranchId)
            .OrderBy(a => a.At)
            .Select(a => a.ToRecord())]);

    public ValueTask SaveAttendanceAsync(AttendanceRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);

        // Ids are the meeting's and member's, both unique to one branch: the check and the write need no transaction
        // (callers such as 补录 may already hold one, and LiteDB transactions do not nest).
        _guard.RefuseOther(_attendance.FindById(record.Id)?.BranchId, record.Id);
        _attendance.Upsert(AttendanceDocument.From(record, BranchId));
        return ValueTask.CompletedTask;
    }

    public ValueTask DeleteAttendanceAsync(string meetingId, string memberId, CancellationToken cancellationToken)
    {
        var key = AttendanceRecord.KeyOf(meetingId, memberId);
        if (_guard.Own(_attendance.FindById(key), a => a.BranchId) is not null)
        {
            _attendance.Delete(key);
        }

        return ValueTask.CompletedTask;
    }

    // Called inside SaveMany's transaction as well as alone.
    private void Save(Meeting meeting)
    {
        _guard.RefuseOther(_meetings.FindById(meeting.Id)?.BranchId, meeting.Id);
        _meetings.Upsert(MeetingDocument.From(meeting, BranchId));
    }
}
