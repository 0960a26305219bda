using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Knowledge;
using BranchBot.Storage.Postgres;

namespace BranchBot.LiteDbMigration;

/// <summary>
/// The branches' own questions and answers (with who owns them and whether the organisation adopted them), questions
/// waiting for an answer, the log of 问 and its 有用/没用 clicks.
/// </summary>
internal static class KnowledgeCopies
{
    public static Task<CollectionCount> EntriesAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<KnowledgeEntryDocument>(LiteDbCollections.KnowledgeEntries).FindAll(), LiteDbCollections.KnowledgeEntries, document =>
        {
            var entry = document.ToEntry();
            return ImportRows.InsertIfAbsentAsync(target, "knowledge_entries", cancellationToken,
                ("id", entry.Id), ("branch_id", document.BranchId), ("scope", (int)document.Scope), ("created_ticks", entry.CreatedAt.UtcTicks),
                ("doc", Documents.Json(entry)));
        });

    public static Task<CollectionCount> PendingQuestionsAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<PendingQuestionDocument>(LiteDbCollections.PendingQuestions).FindAll(), LiteDbCollections.PendingQuestions, document =>
        {
            var question = document.ToQuestion();
            return ImportRows.InsertIfAbsentAsync(target, "pending_questions", cancellationToken,
                ("branch_id", document.BranchId), ("number", question.Number), ("doc", Documents.Json(question)));
        });

    /// <summary>
    /// The log keeps its numbers (feedback and buttons already sent refer to them); the identity then moves past the
    /// highest, so the next question asked on PostgreSQL gets a fresh one.
    /// </summary>
    public static async Task<CollectionCount> AnswerLogAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken)
    {
        var count = await Copying.EachAsync(source.Collection<AnswerLogDocument>(LiteDbCollections.KnowledgeAnswerLog).FindAll(), LiteDbCollections.KnowledgeAnswerLog, document =>
        {
            var entry = document.ToEntry();
            return ImportRows.InsertIfAbsentAsync(target, "knowledge_answer_log", cancellationToken,
                ("id", entry.Id), ("branch_id", document.BranchId), ("asker_id", entry.AskerId), ("failed", entry.Failed), ("doc", Documents.Json(entry)));
        }).ConfigureAwait(false);
        await target.ExecuteAsync(
            "SELECT setval(pg_get_serial_sequence('knowledge_answer_log', 'id'), max(id)) FROM knowledge_answer_log HAVING max(id) IS NOT NULL",
            cancellationToken).ConfigureAwait(false);
        return count;
    }

    public static Task<CollectionCount> AnswerFeedbackAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<AnswerFeedbackDocument>(LiteDbCollections.KnowledgeFeedback).FindAll(), LiteDbCollections.KnowledgeFeedback, document =>
        {
            var feedback = document.ToFeedback();
            return ImportRows.InsertIfAbsentAsync(target, "knowledge_feedback", cancellationToken,
                ("answer_log_id", feedback.AnswerLogId), ("member_id", feedback.MemberId), ("branch_id", document.BranchId), ("doc", Documents.Json(feedback)));
        });
}
