using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Talks;
using BranchBot.Storage.Postgres;

namespace BranchBot.LiteDbMigration;

/// <summary>
/// 谈心 feedback and what hangs off it: drafts, submitted records, follow-ups, anonymous suggestions, pairings and the
/// log of who read which record. Protected texts are copied as they are (readable with the same content key).
/// </summary>
internal static class TalkFeedbackCopies
{
    public static Task<CollectionCount> DraftsAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<FeedbackDraftDocument>(LiteDbCollections.FeedbackDrafts).FindAll(), LiteDbCollections.FeedbackDrafts,
            document => ImportRows.InsertIfAbsentAsync(target, "feedback_drafts", cancellationToken,
                ("member_id", document.Id), ("branch_id", document.BranchId), ("doc", Documents.Json(document.ToDraft()))));

    public static Task<CollectionCount> FeedbackAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<FeedbackDocument>(LiteDbCollections.Feedback).FindAll(), LiteDbCollections.Feedback, document =>
        {
            var record = document.ToRecord();
            return ImportRows.InsertIfAbsentAsync(target, "feedback", cancellationToken,
                ("id", record.Id), ("branch_id", document.BranchId), ("member_id", record.MemberId), ("submitted_ticks", record.SubmittedAt.UtcTicks),
                ("doc", Documents.Json(record)));
        });

    public static Task<CollectionCount> FollowUpsAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<FollowUpDocument>(LiteDbCollections.FollowUps).FindAll(), LiteDbCollections.FollowUps, document =>
        {
            var task = document.ToTask();
            return ImportRows.InsertIfAbsentAsync(target, "follow_ups", cancellationToken,
                ("id", task.Id), ("branch_id", document.BranchId), ("status", (int)task.Status), ("doc", Documents.Json(task)));
        });

    public static Task<CollectionCount> SuggestionsAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<SuggestionDocument>(LiteDbCollections.Suggestions).FindAll(), LiteDbCollections.Suggestions, document =>
        {
            var suggestion = document.ToSuggestion();
            return ImportRows.InsertIfAbsentAsync(target, "suggestions", cancellationToken,
                ("id", suggestion.Id), ("branch_id", document.BranchId), ("day", suggestion.Date.DayNumber), ("doc", Documents.Json(suggestion)));
        });

    public static Task<CollectionCount> AssignmentsAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<AssignmentDocument>(LiteDbCollections.TalkAssignments).FindAll(), LiteDbCollections.TalkAssignments, document =>
        {
            var assignment = document.ToAssignment();
            return ImportRows.InsertIfAbsentAsync(target, "talk_assignments", cancellationToken,
                ("id", assignment.Id), ("branch_id", document.BranchId), ("year", assignment.Year), ("doc", Documents.Json(assignment)));
        });

    public static Task<CollectionCount> RequestsAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<TalkRequestDocument>(LiteDbCollections.TalkRequests).FindAll(), LiteDbCollections.TalkRequests, document =>
        {
            var request = document.ToRequest();
            return ImportRows.InsertIfAbsentAsync(target, "talk_requests", cancellationToken,
                ("id", request.Id), ("branch_id", document.BranchId), ("to_id", request.ToId), ("requested_ticks", request.RequestedAt.UtcTicks), ("doc", Documents.Json(request)));
        });

    public static Task<CollectionCount> AuditAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<AuditDocument>(LiteDbCollections.TalkAudit).FindAll(), LiteDbCollections.TalkAudit, document =>
        {
            var entry = document.ToEntry();
            return ImportRows.InsertIfAbsentAsync(target, "talk_audit", cancellationToken,
                ("id", entry.Id), ("branch_id", document.BranchId), ("at_ticks", entry.At.UtcTicks), ("doc", Documents.Json(entry)));
        });
}
