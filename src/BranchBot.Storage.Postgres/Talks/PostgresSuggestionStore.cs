using BranchBot.Core.Organisation;
using BranchBot.Core.Talks;

namespace BranchBot.Storage.Postgres.Talks;

/// <summary>One branch's 匿名建议 (ciphertext). Nothing about a suggestion is logged.</summary>
public sealed class PostgresSuggestionStore(PostgresDatabase database, BranchContext branch) : ISuggestionStore
{
    public async ValueTask AddAsync(AnonymousSuggestion suggestion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        await database.ExecuteAsync(
            "INSERT INTO suggestions (id, branch_id, day, doc) VALUES (@id, @branch, @day, @doc)",
            cancellationToken, ("id", suggestion.Id), ("branch", branch.Id), ("day", suggestion.Date.DayNumber), ("doc", Documents.Json(suggestion))).ConfigureAwait(false);
    }

    // By date, then by the random id, so the order within a day says nothing about who came first.
    public async ValueTask<IReadOnlyList<AnonymousSuggestion>> ListAsync(CancellationToken cancellationToken) =>
        await database.QueryAsync(
            "SELECT doc FROM suggestions WHERE branch_id = @branch ORDER BY day DESC, id COLLATE \"C\"", r => Documents.Read<AnonymousSuggestion>(r), cancellationToken,
            ("branch", branch.Id)).ConfigureAwait(false);
}
