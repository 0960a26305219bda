using BranchBot.Storage.Postgres;
using BranchBot.Storage.Postgres.Schema;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Storage.Postgres;

/// <summary>The server on PostgreSQL refuses, in one Critical line and with exit code 1, what it cannot run safely.</summary>
public sealed class PostgresStartupTests : IAsyncLifetime, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("branchbot-pg-");
    private string? _connectionString;

    [SkippableFact]
    public async Task A_schema_newer_than_this_version_stops_the_start_in_one_line()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        await using (var database = new PostgresDatabase(_connectionString))
        {
            await PostgresMigrator.MigrateAsync(database, PostgresSchema.Migrations, CancellationToken.None);
            await database.ExecuteAsync("INSERT INTO schema_version (version, description) VALUES (99, 'from the future')", CancellationToken.None);
        }

        var (code, output) = await BranchBotProcess.RunAsync(_connectionString, Keys());

        Assert.Equal(1, code);
        Assert.Contains("结构版本是 99", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Without_a_shared_data_key_the_start_is_refused_and_no_key_is_made()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();

        var (code, output) = await BranchBotProcess.RunAsync(_connectionString, new Dictionary<string, string>
        {
            ["Security__SigningKeyFile"] = Path.Combine(_folder.FullName, "signing.key"),
        });

        Assert.Equal(1, code);
        Assert.Contains("使用 PostgreSQL 时必须设置 Security:DataKey", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder.FullName, "*.key"));
    }

    [SkippableFact]
    public async Task A_key_file_path_that_holds_no_file_is_refused_rather_than_filled_with_a_new_key()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        var keyFile = Path.Combine(_folder.FullName, "branchbot.key");

        var (code, output) = await BranchBotProcess.RunAsync(_connectionString, new Dictionary<string, string>
        {
            ["Security__DataKeyFile"] = keyFile,
            ["Security__SigningKeyFile"] = Path.Combine(_folder.FullName, "signing.key"),
        });

        Assert.Equal(1, code);
        Assert.Contains(keyFile, output, StringComparison.Ordinal);
        Assert.False(File.Exists(keyFile));
    }

    private Dictionary<string, string> Keys() => new()
    {
        ["Security__DataKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        ["Security__SigningKeyFile"] = Path.Combine(_folder.FullName, "signing.key"),
    };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_connectionString is not null)
        {
            await PostgresServer.DropAsync(_connectionString);
        }
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
