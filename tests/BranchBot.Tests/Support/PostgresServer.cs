using BranchBot.Storage.Postgres;
using BranchBot.Storage.Postgres.Schema;
using Npgsql;

namespace BranchBot.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests use: <c>BRANCHBOT_TEST_POSTGRES</c> (a connection string whose role may create
/// databases). Without it the PostgreSQL tests skip with the reason, unless BRANCHBOT_REQUIRE_POSTGRES=1 (CI), where
/// they fail. Each caller gets a fresh database of its own, so test classes run in parallel.
/// </summary>
public static class PostgresServer
{
    public const string ConnectionVariable = "BRANCHBOT_TEST_POSTGRES";
    public const string RequireVariable = "BRANCHBOT_REQUIRE_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value ? value : null;

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Skips (or, when required, fails) the test when no server is configured.</summary>
    public static void Require()
    {
        if (ConnectionString is not null)
        {
            return;
        }

        var reason = $"No PostgreSQL server for the tests: set {ConnectionVariable} to a connection string whose role may create databases.";
        if (Required)
        {
            Assert.Fail($"{reason} {RequireVariable}=1 makes this a failure instead of a skip.");
        }

        Skip.If(true, reason);
    }

    /// <summary>A new, empty database on the server; its connection string. Dropped by <see cref="DropAsync"/>.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        Require();
        var name = "branchbot_t_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    public static async Task DropAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 10)
            {
                // A server process of another role (autovacuum) was in the database just then: it leaves in a moment.
                await Task.Delay(500);
            }
        }
    }

    /// <summary>A fresh database brought to the current schema.</summary>
    public static async Task<PostgresDatabase> CreateMigratedAsync()
    {
        var database = new PostgresDatabase(await CreateDatabaseAsync());
        await PostgresMigrator.MigrateAsync(database, PostgresSchema.Migrations, CancellationToken.None);
        return database;
    }
}
