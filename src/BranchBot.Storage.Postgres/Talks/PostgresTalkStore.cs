using BranchBot.Core.Organisation;
using BranchBot.Core.Talks;

namespace BranchBot.Storage.Postgres.Talks;

/// <summary>One branch's talk records (content as ciphertext), yearly talk assignments and 谈心请求.</summary>
public sealed class PostgresTalkStore(PostgresDatabase database, BranchContext branch) : ITalkStore
{
    private const string Newest = "ORDER BY day DESC, created_ticks DESC";
    private readonly string _branchId = branch.Id;

    public async ValueTask SaveAsync(TalkRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await database.WithSessionAsync(async session =>
        {
            await WriteTalkAsync(session, record, _branchId, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<TalkRecord?> GetAsync(string recordId, CancellationToken cancellationToken) =>
        await database.QuerySingleAsync(
            "SELECT doc FROM talks WHERE id = @id AND branch_id = @branch", r => Documents.Read<TalkRecord>(r), cancellationToken, ("id", recordId), ("branch", _branchId)).ConfigureAwait(false);

    public async ValueTask<IReadOnlyList<TalkRecord>> ListBetweenAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            $"SELECT doc FROM talks WHERE branch_id = @branch AND day BETWEEN @from AND @to {Newest}", r => Documents.Read<TalkRecord>(r), cancellationToken,
            ("branch", _branchId), ("from", from.DayNumber), ("to", to.DayNumber)).ConfigureAwait(false);

    public async ValueTask<IReadOnlyList<TalkRecord>> ListInvolvingAsync(string memberId, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            $"SELECT doc FROM talks WHERE branch_id = @branch AND (author_id = @member OR other_id = @member) {Newest}", r => Documents.Read<TalkRecord>(r), cancellationToken,
            ("branch", _branchId), ("member", memberId)).ConfigureAwait(false);

    public async ValueTask<IReadOnlyList<TalkRecord>> ListAsync(CancellationToken cancellationToken) =>
        await database.QueryAsync($"SELECT doc FROM talks WHERE branch_id = @branch {Newest}", r => Documents.Read<TalkRecord>(r), cancellationToken, ("branch", _branchId)).ConfigureAwait(false);

    public async ValueTask ReplaceAssignmentsAsync(int year, IReadOnlyList<TalkAssignment> assignments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        await database.InTransactionAsync(async session =>
        {
            await session.ExecuteAsync("DELETE FROM talk_assignments WHERE branch_id = @branch AND year = @year", cancellationToken, ("branch", _branchId), ("year", year)).ConfigureAwait(false);
            foreach (var assignment in assignments)
            {
                await session.ExecuteAsync(
                    "INSERT INTO talk_assignments (id, branch_id, year, doc) VALUES (@id, @branch, @year, @doc)",
                    cancellationToken, ("id", assignment.Id), ("branch", _branchId), ("year", assignment.Year), ("doc", Documents.Json(assignment))).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<TalkAssignment>> ListAssignmentsAsync(int year, CancellationToken cancellationToken)
    {
        var assignments = await database.QueryAsync(
            "SELECT doc FROM talk_assignments WHERE branch_id = @branch AND year = @year", r => Documents.Read<TalkAssignment>(r), cancellationToken,
            ("branch", _branchId), ("year", year)).ConfigureAwait(false);
        return [.. assignments
            .OrderBy(a => a.DueDate)
            .ThenBy(a => a.Round)
            .ThenBy(a => a.FirstId, StringComparer.Ordinal)
            .ThenBy(a => a.SecondId, StringComparer.Ordinal)];
    }

    public async ValueTask SaveRequestAsync(TalkRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await database.WithSessionAsync(async session =>
        {
            await WriteRequestAsync(session, request, _branchId, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<TalkRequest>> ListRequestsToAsync(string memberId, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            "SELECT doc FROM talk_requests WHERE branch_id = @branch AND to_id = @member ORDER BY requested_ticks DESC", r => Documents.Read<TalkRequest>(r), cancellationToken,
            ("branch", _branchId), ("member", memberId)).ConfigureAwait(false);

    internal static Task WriteRequestAsync(PostgresSession session, TalkRequest request, string branchId, CancellationToken cancellationToken) =>
        Rows.UpsertOwnAsync(session, "talk_requests", "id", request.Id, branchId, cancellationToken,
            ("id", request.Id), ("to_id", request.ToId), ("requested_ticks", request.RequestedAt.UtcTicks), ("doc", Documents.Json(request)));

    internal static Task WriteTalkAsync(PostgresSession session, TalkRecord record, string branchId, CancellationToken cancellationToken) =>
        Rows.UpsertOwnAsync(session, "talks", "id", record.Id, branchId, cancellationToken,
            ("id", record.Id), ("day", record.Date.DayNumber), ("author_id", record.AuthorId), ("other_id", record.OtherId), ("created_ticks", record.CreatedAt.UtcTicks),
            ("doc", Documents.Json(record)));
}
