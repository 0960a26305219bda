using BranchBot.Core.Knowledge.Feedback;
using BranchBot.Core.Organisation;

namespace BranchBot.Storage.Postgres.Knowledge;

/// <summary>
/// One branch's questions to the knowledge base and the 有用/没用 clicks. Ids are one organisation-wide sequence (the
/// identity column), opaque in buttons; another branch's id reads as not found.
/// </summary>
public sealed class PostgresAnswerLogStore(PostgresDatabase database, BranchContext branch) : INumberedAnswerLogStore
{
    private readonly string _branchId = branch.Id;

    public async ValueTask<AnswerLogEntry> AddAsync(AnswerLogEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return await database.InTransactionAsync(async session =>
        {
            var id = (int)(await session.ScalarAsync(
                "INSERT INTO knowledge_answer_log (branch_id, asker_id, failed, doc) VALUES (@branch, @asker, @failed, '{}') RETURNING id",
                cancellationToken, ("branch", _branchId), ("asker", entry.AskerId), ("failed", entry.Failed)).ConfigureAwait(false))!;
            var numbered = entry with { Id = id };
            await session.ExecuteAsync("UPDATE knowledge_answer_log SET doc = @doc WHERE id = @id", cancellationToken, ("doc", Documents.Json(numbered)), ("id", id)).ConfigureAwait(false);
            return numbered;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask AddNumberedAsync(IReadOnlyList<AnswerLogEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Any(e => e.Id <= 0))
        {
            throw new ArgumentException("Every entry needs its number.", nameof(entries));
        }

        await database.InTransactionAsync(async session =>
        {
            foreach (var entry in entries)
            {
                await session.ExecuteAsync(
                    "INSERT INTO knowledge_answer_log (id, branch_id, asker_id, failed, doc) VALUES (@id, @branch, @asker, @failed, @doc)",
                    cancellationToken, ("id", entry.Id), ("branch", _branchId), ("asker", entry.AskerId), ("failed", entry.Failed), ("doc", Documents.Json(entry))).ConfigureAwait(false);
            }

            // Numbers given elsewhere move the identity past them, so the next AddAsync never collides.
            await session.ExecuteAsync(
                "SELECT setval(pg_get_serial_sequence('knowledge_answer_log', 'id'), (SELECT max(id) FROM knowledge_answer_log))", cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<int> LastIdAsync(CancellationToken cancellationToken) =>
        (int)(await database.ScalarAsync("SELECT coalesce(max(id), 0) FROM knowledge_answer_log", cancellationToken).ConfigureAwait(false) ?? 0);

    public async ValueTask<AnswerLogEntry?> GetAsync(int id, CancellationToken cancellationToken) =>
        id <= 0
            ? null
            : await database.QuerySingleAsync(
                "SELECT doc FROM knowledge_answer_log WHERE id = @id AND branch_id = @branch", r => Documents.Read<AnswerLogEntry>(r), cancellationToken,
                ("id", id), ("branch", _branchId)).ConfigureAwait(false);

    public async ValueTask<IReadOnlyList<AnswerLogEntry>> ListRecentAsync(int count, string? askerId, bool? failed, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            """
            SELECT doc FROM knowledge_answer_log
            WHERE branch_id = @branch AND (@anyAsker OR asker_id = @asker) AND (@anyOutcome OR failed = @failed)
            ORDER BY id DESC LIMIT @count
            """,
            r => Documents.Read<AnswerLogEntry>(r), cancellationToken,
            ("branch", _branchId), ("anyAsker", askerId is null), ("asker", askerId ?? string.Empty), ("anyOutcome", failed is null), ("failed", failed ?? false),
            ("count", Math.Max(0, count))).ConfigureAwait(false);

    public async ValueTask<(int Answered, int Failed)> CountAsync(CancellationToken cancellationToken)
    {
        var counts = await database.QueryAsync(
            "SELECT count(*) FILTER (WHERE NOT failed), count(*) FILTER (WHERE failed) FROM knowledge_answer_log WHERE branch_id = @branch",
            r => (Answered: (int)r.GetInt64(0), Failed: (int)r.GetInt64(1)), cancellationToken, ("branch", _branchId)).ConfigureAwait(false);
        return counts[0];
    }

    public async ValueTask SaveFeedbackAsync(AnswerFeedback feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        var owner = await database.ScalarAsync("SELECT branch_id FROM knowledge_answer_log WHERE id = @id", cancellationToken, ("id", feedback.AnswerLogId)).ConfigureAwait(false);
        if (owner is string other && other != _branchId)
        {
            throw new BranchMismatchException($"#{feedback.AnswerLogId}", _branchId);
        }

        await database.WithSessionAsync(async session =>
        {
            await Rows.UpsertOwnAsync(session, "knowledge_feedback", "answer_log_id, member_id", $"#{feedback.AnswerLogId}|{feedback.MemberId}", _branchId, cancellationToken,
                ("answer_log_id", feedback.AnswerLogId), ("member_id", feedback.MemberId), ("doc", Documents.Json(feedback))).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<AnswerFeedback>> ListFeedbackAsync(CancellationToken cancellationToken) =>
        await database.QueryAsync(
            "SELECT doc FROM knowledge_feedback WHERE branch_id = @branch", r => Documents.Read<AnswerFeedback>(r), cancellationToken, ("branch", _branchId)).ConfigureAwait(false);
}
