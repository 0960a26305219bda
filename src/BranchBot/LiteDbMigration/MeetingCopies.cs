using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Meetings;
using BranchBot.Storage.Postgres;
using BranchBot.Storage.Postgres.Meetings;

namespace BranchBot.LiteDbMigration;

/// <summary>Each branch's meetings, recurring plans and attendance, through the PostgreSQL meeting store's row writers.</summary>
internal static class MeetingCopies
{
    public static Task<CollectionCount> MeetingsAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<MeetingDocument>(LiteDbCollections.Meetings).FindAll(), LiteDbCollections.Meetings, document =>
        {
            var meeting = document.ToMeeting();
            return ImportRows.WriteIfAbsentAsync(target, "meetings", "id = @id",
                session => PostgresMeetingStore.WriteMeetingAsync(session, meeting, document.BranchId, cancellationToken), cancellationToken, ("id", meeting.Id));
        });

    public static Task<CollectionCount> PlansAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<PlanDocument>(LiteDbCollections.MeetingPlans).FindAll(), LiteDbCollections.MeetingPlans, document =>
        {
            var plan = document.ToPlan();
            return ImportRows.WriteIfAbsentAsync(target, "meeting_plans", "id = @id",
                session => PostgresMeetingStore.WritePlanAsync(session, plan, document.BranchId, cancellationToken), cancellationToken, ("id", plan.Id));
        });

    public static Task<CollectionCount> AttendanceAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<AttendanceDocument>(LiteDbCollections.Attendance).FindAll(), LiteDbCollections.Attendance, document =>
        {
            var record = document.ToRecord();
            return ImportRows.WriteIfAbsentAsync(target, "attendance", "id = @id OR (meeting_id = @meeting AND member_id = @member)",
                session => PostgresMeetingStore.WriteAttendanceAsync(session, record, document.BranchId, cancellationToken), cancellationToken,
                ("id", record.Id), ("meeting", record.MeetingId), ("member", record.MemberId));
        });
}
