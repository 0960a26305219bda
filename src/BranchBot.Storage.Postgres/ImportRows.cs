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

    /// <summary>
    /// Runs a store's own row writer when no row matches <paramref name="keyCondition"/> (one transaction); true when
    /// it wrote. For rows whose writer fills more columns than a plain insert should know about.
    /// </summary>
    internal static Task<bool> WriteIfAbsentAsync(
        PostgresDatabase database, string table, string keyCondition, Func<PostgresSession, Task> write, CancellationToken cancellationToken, params (string Name, object? Value)[] key)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(write);
        return database.InTransactionAsync(async session =>
        {
            if (await session.ScalarAsync($"SELECT 1 FROM {table} WHERE {keyCondition}", cancellationToken, key).ConfigureAwait(false) is not null)
            {
                return false;
            }

            await write(session).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }
}
