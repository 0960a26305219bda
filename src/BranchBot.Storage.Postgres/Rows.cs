namespace BranchBot.Storage.Postgres;

/// <summary>
/// Insert-or-update of one row in one statement, so the check and the write cannot be split by another instance.
/// The branch-guarded form updates only a row of the same branch: a row of another branch is left as it is and the
/// write is refused (<see cref="BranchMismatchException"/>), as a branch's store never writes over another branch.
/// </summary>
internal static class Rows
{
    public static Task<int> UpsertAsync(PostgresSession session, string table, string conflict, CancellationToken cancellationToken, params (string Column, object? Value)[] columns) =>
        session.ExecuteAsync(UpsertSql(table, conflict, columns, guard: null), cancellationToken, Parameters(columns));

    public static async Task UpsertOwnAsync(
        PostgresSession session, string table, string conflict, string rowId, string branchId, CancellationToken cancellationToken, params (string Column, object? Value)[] columns)
    {
        (string, object?)[] all = [("branch_id", branchId), .. columns];
        var written = await session.ExecuteAsync(UpsertSql(table, conflict, all, guard: $"{table}.branch_id = EXCLUDED.branch_id"), cancellationToken, Parameters(all)).ConfigureAwait(false);
        if (written == 0)
        {
            throw new BranchMismatchException(rowId, branchId);
        }
    }

    private static string UpsertSql(string table, string conflict, (string Column, object? Value)[] columns, string? guard)
    {
        var names = string.Join(", ", columns.Select(c => c.Column));
        var values = string.Join(", ", columns.Select(c => "@" + c.Column));
        var keys = conflict.Split(',', StringSplitOptions.TrimEntries);
        var updates = string.Join(", ", columns.Where(c => !keys.Contains(c.Column)).Select(c => $"{c.Column} = EXCLUDED.{c.Column}"));
        var where = guard is null ? string.Empty : " WHERE " + guard;
        return $"INSERT INTO {table} ({names}) VALUES ({values}) ON CONFLICT ({conflict}) DO UPDATE SET {updates}{where}";
    }

    private static (string, object?)[] Parameters((string Column, object? Value)[] columns) => [.. columns.Select(c => (c.Column, c.Value))];
}
