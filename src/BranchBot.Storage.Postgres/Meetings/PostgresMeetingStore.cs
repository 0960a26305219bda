using BranchBot.Core.Meetings;
using BranchBot.Core.Organisation;
using Npgsql;

namespace BranchBot.Storage.Postgres.Meetings;

/// <summary>
/// One branch's meetings, plans and attendance; rows of other branches are never returned and never written over.
/// A plan's occurrence (plan, start) exists once: a second instance generating the same occurrences gets
/// <see cref="ConcurrentWriteException"/> and writes none of them.
/// </summary>
public sealed class PostgresMeetingStore(PostgresDatabase database, BranchContext branch) : IMeetingStore
{
    private readonly string _branchId = branch.Id;

    public async ValueTask<Meeting?> GetAsync(string meetingId, CancellationToken cancellationToken) =>
        await database.QuerySingleAsync("SELECT doc FROM meetings WHERE id = @id AND branch_id = @branch", r => Documents.Read<Meeting>(r), cancellationToken, ("id", meetingId), ("branch", _branchId)).ConfigureAwait(false);

    public async ValueTask<IReadOnlyList<Meeting>> ListStartingBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            "SELECT doc FROM meetings WHERE branch_id = @branch AND starts_ticks >= @from AND starts_ticks < @to ORDER BY starts_ticks",
            r => Documents.Read<Meeting>(r), cancellationToken, ("branch", _branchId), ("from", from.UtcTicks), ("to", to.UtcTicks)).ConfigureAwait(false);

    public async ValueTask SaveAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        await SaveManyAsync([meeting], cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask SaveManyAsync(IReadOnlyList<Meeting> meetings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        try
        {
            await database.InTransactionAsync(async session =>
            {
                foreach (var meeting in meetings)
                {
                    await WriteMeetingAsync(session, meeting, _branchId, cancellationToken).ConfigureAwait(false);
                }
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException exception) when (exception.IsUniqueViolation())
        {
            throw new ConcurrentWriteException("A plan's occurrence was already generated.", exception);
        }
    }

    public async ValueTask<IReadOnlyList<MeetingPlan>> ListPlansAsync(CancellationToken cancellationToken) =>
        await database.QueryAsync("SELECT doc FROM meeting_plans WHERE branch_id = @branch", r => Documents.Read<MeetingPlan>(r), cancellationToken, ("branch", _branchId)).ConfigureAwait(false);

    public async ValueTask SavePlanAsync(MeetingPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        await database.WithSessionAsync(async session =>
        {
            await WritePlanAsync(session, plan, _branchId, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<AttendanceRecord?> GetAttendanceAsync(string meetingId, string memberId, CancellationToken cancellationToken) =>
        await database.QuerySingleAsync(
            "SELECT doc FROM attendance WHERE id = @id AND branch_id = @branch", r => Documents.Read<AttendanceRecord>(r), cancellationToken,
            ("id", AttendanceRecord.KeyOf(meetingId, memberId)), ("branch", _branchId)).ConfigureAwait(false);

    public async ValueTask<IReadOnlyList<AttendanceRecord>> ListAttendanceAsync(string meetingId, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            "SELECT doc FROM attendance WHERE meeting_id = @meeting AND branch_id = @branch", r => Documents.Read<AttendanceRecord>(r), cancellationToken,
            ("meeting", meetingId), ("branch", _branchId)).ConfigureAwait(false);

    public async ValueTask<IReadOnlyList<AttendanceRecord>> ListPendingLeaveAsync(CancellationToken cancellationToken) =>
        await database.QueryAsync(
            "SELECT doc FROM attendance WHERE branch_id = @branch AND status = @status ORDER BY at_ticks", r => Documents.Read<AttendanceRecord>(r), cancellationToken,
            ("branch", _branchId), ("status", (int)AttendanceStatus.LeaveRequested)).ConfigureAwait(false);

    public async ValueTask SaveAttendanceAsync(AttendanceRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await database.WithSessionAsync(async session =>
        {
            await WriteAttendanceAsync(session, record, _branchId, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DeleteAttendanceAsync(string meetingId, string memberId, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "DELETE FROM attendance WHERE id = @id AND branch_id = @branch", cancellationToken,
            ("id", AttendanceRecord.KeyOf(meetingId, memberId)), ("branch", _branchId)).ConfigureAwait(false);

    internal static Task WriteMeetingAsync(PostgresSession session, Meeting meeting, string branchId, CancellationToken cancellationToken) =>
        Rows.UpsertOwnAsync(session, "meetings", "id", meeting.Id, branchId, cancellationToken,
            ("id", meeting.Id), ("starts_ticks", meeting.StartsAt.UtcTicks), ("plan_id", meeting.PlanId), ("cancelled", meeting.CancelledAt is not null),
            ("doc", Documents.Json(meeting)));

    internal static Task WritePlanAsync(PostgresSession session, MeetingPlan plan, string branchId, CancellationToken cancellationToken) =>
        Rows.UpsertOwnAsync(session, "meeting_plans", "id", plan.Id, branchId, cancellationToken, ("id", plan.Id), ("doc", Documents.Json(plan)));

    internal static Task WriteAttendanceAsync(PostgresSession session, AttendanceRecord record, string branchId, CancellationToken cancellationToken) =>
        Rows.UpsertOwnAsync(session, "attendance", "id", record.Id, branchId, cancellationToken,
            ("id", record.Id), ("meeting_id", record.MeetingId), ("member_id", record.MemberId), ("status", (int)record.Status), ("at_ticks", record.At.UtcTicks),
            ("doc", Documents.Json(record)));
}
