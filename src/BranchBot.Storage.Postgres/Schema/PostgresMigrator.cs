namespace BranchBot.Storage.Postgres.Schema;

/// <summary>
/// Brings the database to the newest <see cref="Migration"/> at start-up. The whole run holds a session-level
/// <c>pg_advisory_lock</c>, so instances starting together migrate once: the others wait, then find nothing to do.
/// A database whose <c>schema_version</c> is above the newest known migration is refused (<see cref="SchemaTooNewException"/>).
/// </summary>
public static class PostgresMigrator
{
    /// <summary>The advisory lock key every BranchBot instance takes to migrate ("BrBotMig").</summary>
    public const long LockKey = 0x4272426f744d6967;

    public static int KnownVersion(IReadOnlyList<Migration> migrations) => migrations.Count == 0 ? 0 : migrations.Max(m => m.Version);

    /// <summary>Runs the migrations above the database's version; returns the versions applied by this call.</summary>
    public static async Task<IReadOnlyList<int>> MigrateAsync(PostgresDatabase database, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(migrations);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var session = new PostgresSession(connection, null);
        await session.ExecuteAsync("SELECT pg_advisory_lock(@key)", cancellationToken, ("key", LockKey)).ConfigureAwait(false);
        try
        {
            await session.ExecuteAsync(
                "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
                cancellationToken).ConfigureAwait(false);
            var current = (int)(await session.ScalarAsync("SELECT coalesce(max(version), 0) FROM schema_version", cancellationToken).ConfigureAwait(false) ?? 0);
            var known = KnownVersion(migrations);
            if (current > known)
            {
                throw new SchemaTooNewException(current, known);
            }

            var applied = new List<int>();
            foreach (var migration in migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                var step = new PostgresSession(connection, transaction);
                await step.ExecuteAsync(migration.Sql, cancellationToken).ConfigureAwait(false);
                await step.ExecuteAsync(
                    "INSERT INTO schema_version (version, description) VALUES (@version, @description)",
                    cancellationToken, ("version", migration.Version), ("description", migration.Description)).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                applied.Add(migration.Version);
            }

            return applied;
        }
        finally
        {
            await session.ExecuteAsync("SELECT pg_advisory_unlock(@key)", CancellationToken.None, ("key", LockKey)).ConfigureAwait(false);
        }
    }
}
