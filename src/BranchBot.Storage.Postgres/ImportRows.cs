namespace BranchBot.Storage.Postgres;

/// <summary>
/// Rows copied in from another store (migrate-from-litedb): a row is inserted only when its key is free, so a second
/// copy changes nothing and a row already written on PostgreSQL (possibly newer) is never written over.
/// </summary>
public static class ImportRows
{
    /// <summary>True when the row was inserted, false when a row with its key was already there.</summary>
    public static async Task<bool> InsertIfAbsentAsync(PostgresDatabase database, string table, CancellationToken cancellationToken, params (string Column, object? Value)[] columns)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(columns);
        var names = string.Join(", ", columns.Select(c => c.Column));
        var values = string.Join(", ", columns.Select(c => "@" + c.Column));
        var written = await database.ExecuteAsync(
            $"INSERT INTO {table} ({names}) VALUES ({values}) ON CONFLICT DO NOTHING", cancellationToken, [.. columns.Select(c => (c.Column, c.Value))]).ConfigureAwait(false);
        return written == 1;
    }
}
