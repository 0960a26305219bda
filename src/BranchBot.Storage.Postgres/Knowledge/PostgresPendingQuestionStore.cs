using BranchBot.Core.Knowledge.Questions;
using BranchBot.Core.Organisation;

namespace BranchBot.Storage.Postgres.Knowledge;

/// <summary>
/// One branch's 待答 queue, numbered per branch: a question takes the next number after the branch's highest in the
/// insert itself, and the primary key (branch, number), not a lock, keeps two questions (two instances) from sharing one.
/// </summary>
public sealed class PostgresPendingQuestionStore(PostgresDatabase database, BranchContext branch) : IPendingQuestionStore
{
    private readonly string _branchId = branch.Id;

    public async ValueTask<PendingQuestion> AddAsync(PendingQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        while (true)
        {
            var last = (int)(await database.ScalarAsync("SELECT coalesce(max(number), 0) FROM pending_questions WHERE branch_id = @branch", cancellationToken, ("branch", _branchId)).ConfigureAwait(false) ?? 0);
            var numbered = question with { Number = last + 1 };
            var added = await database.ExecuteAsync(
                "INSERT INTO pending_questions (branch_id, number, doc) VALUES (@branch, @number, @doc) ON CONFLICT DO NOTHING",
                cancellationToken, ("branch", _branchId), ("number", numbered.Number), ("doc", Documents.Json(numbered))).ConfigureAwait(false);
            if (added == 1)
            {
                return numbered;
            }

            // Another writer took the number between the read and the insert: take the next one.
        }
    }

    public async ValueTask<PendingQuestion?> GetAsync(int number, CancellationToken cancellationToken) =>
        number <= 0
            ? null
            : await database.QuerySingleAsync(
                "SELECT doc FROM pending_questions WHERE branch_id = @branch AND number = @number", r => Documents.Read<PendingQuestion>(r), cancellationToken,
                ("branch", _branchId), ("number", number)).ConfigureAwait(false);

    public async ValueTask UpdateAsync(PendingQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        await database.ExecuteAsync(
            "UPDATE pending_questions SET doc = @doc WHERE branch_id = @branch AND number = @number",
            cancellationToken, ("doc", Documents.Json(question)), ("branch", _branchId), ("number", question.Number)).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<PendingQuestion>> ListAsync(CancellationToken cancellationToken) =>
        await database.QueryAsync(
            "SELECT doc FROM pending_questions WHERE branch_id = @branch ORDER BY number", r => Documents.Read<PendingQuestion>(r), cancellationToken, ("branch", _branchId)).ConfigureAwait(false);
}
