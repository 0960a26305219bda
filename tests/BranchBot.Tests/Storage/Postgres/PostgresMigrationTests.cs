using BranchBot.Storage.Postgres;
using BranchBot.Storage.Postgres.Schema;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Storage.Postgres;

/// <summary>Versioned migrations: run once however many instances start together, and a newer schema is refused.</summary>
public sealed class PostgresMigrationTests : IAsyncLifetime
{
    private string? _connectionString;

    [SkippableFact]
    public async Task Two_instances_starting_together_migrate_once()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        await using var first = new PostgresDatabase(_connectionString);
        await using var second = new PostgresDatabase(_connectionString);

        // A slow step holds the migration lock long enough for the second migrator to be waiting on it.
        Migration[] migrations = [.. PostgresSchema.Migrations, new(PostgresSchema.CurrentVersion + 1, "slow step", "SELECT pg_sleep(0.5); CREATE TABLE slow_step (id integer)")];
        var runs = await Task.WhenAll(
            PostgresMigrator.MigrateAsync(first, migrations, CancellationToken.None),
            PostgresMigrator.MigrateAsync(second, migrations, CancellationToken.None));

        Assert.Equal(migrations.Select(m => m.Version), runs.SelectMany(applied => applied).Order());
        Assert.Contains(runs, applied => applied.Count == 0);
        Assert.Equal((long)migrations.Length, await first.ScalarAsync("SELECT count(*) FROM schema_version", CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_database_from_a_newer_version_is_refused_and_left_as_it_is()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        await using var database = new PostgresDatabase(_connectionString);
        await PostgresMigrator.MigrateAsync(database, PostgresSchema.Migrations, CancellationToken.None);
        await database.ExecuteAsync("INSERT INTO schema_version (version, description) VALUES (99, 'from the future')", CancellationToken.None);

        var refused = await Assert.ThrowsAsync<SchemaTooNewException>(() => PostgresMigrator.MigrateAsync(database, PostgresSchema.Migrations, CancellationToken.None));

        Assert.Equal((99, PostgresSchema.CurrentVersion), (refused.Found, refused.Known));
        Assert.Contains("结构版本是 99", refused.Message, StringComparison.Ordinal);
        Assert.Equal(99, await database.ScalarAsync("SELECT max(version) FROM schema_version", CancellationToken.None));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_connectionString is not null)
        {
            await PostgresServer.DropAsync(_connectionString);
        }
    }
}
