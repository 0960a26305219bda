using System.Net;
using BranchBot.Core.Membership;
using BranchBot.Tests.Support;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Storage;

/// <summary>
/// The server as an operator starts it, as its own process: refused on a damaged, emptied or vanished database
/// (never a new unclaimed branch over the old one), refused beside a running server, and backed up while running.
/// </summary>
public sealed class DatabaseStartupTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("branchbot-startup-");

    private string Database => Path.Combine(_folder.FullName, "branchbot.db");

    private string Connection => $"Filename={Database};Connection=shared";

    [Fact]
    public async Task A_second_server_on_the_same_database_is_refused_with_a_clear_line()
    {
        await using var first = await RunningServerAsync();

        var (code, output) = await RunAsync();

        Assert.Equal(1, code);
        Assert.Contains("另一个 BranchBot 服务", output, StringComparison.Ordinal);
        Assert.Contains(Database, output, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await first.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_cli_runs_beside_a_running_server()
    {
        await using var server = await RunningServerAsync();

        var (code, output) = await RunAsync("roster", "export");

        Assert.True(code == 0, output);
        Assert.Contains("王书记", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100, "已损坏")]
    [InlineData(0, "是空的")]
    public async Task A_truncated_or_emptied_database_that_held_a_branch_stops_the_start(int length, string expected)
    {
        await (await RunningServerAsync()).DisposeAsync();
        await using (var file = new FileStream(Database, FileMode.Open))
        {
            file.SetLength(length);
        }

        var (code, output) = await RunAsync();

        Assert.Equal(1, code);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Contains(Database, output, StringComparison.Ordinal);
        Assert.Contains("从备份恢复", output, StringComparison.Ordinal);
        Assert.DoesNotContain("设置码", output, StringComparison.Ordinal);
        Assert.Equal(length, new FileInfo(Database).Length);
    }

    [Fact]
    public async Task A_vanished_database_that_held_a_branch_stops_the_start()
    {
        await (await RunningServerAsync()).DisposeAsync();
        File.Delete(Database);

        var (code, output) = await RunAsync();

        Assert.Equal(1, code);
        Assert.Contains("不存在", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Database));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_stops_the_start_in_one_line_instead_of_crashing()
    {
        var garbage = new byte[16384];
        new Random(7).NextBytes(garbage);
        await File.WriteAllBytesAsync(Database, garbage);

        var (code, output) = await RunAsync();

        Assert.Equal(1, code);
        Assert.Contains("文件头不对", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_backup_taken_while_the_server_runs_restores_the_branch()
    {
        var backup = Path.Combine(_folder.FullName, "backups", "copy.db");
        await using (var server = await RunningServerAsync())
        {
            await server.Services.GetRequiredService<MembershipService>().AddMemberAsync("张三", "第一党小组", CancellationToken.None);

            var (code, output) = await RunAsync("backup", backup);

            Assert.True(code == 0, output);
            Assert.Contains("已备份到", output, StringComparison.Ordinal);
            Assert.Contains("2 名党员", output, StringComparison.Ordinal);
        }

        // The disaster, then the restore the refusal describes: the copy put back as the database file.
        await using (var file = new FileStream(Database, FileMode.Open))
        {
            file.SetLength(100);
        }

        File.Copy(backup, Database, overwrite: true);
        File.Delete(Path.Combine(_folder.FullName, "branchbot-log.db"));
        await using var restored = new BranchBotApplication(new Dictionary<string, string?> { ["ConnectionStrings:BranchBot"] = Connection });
        Assert.Equal(HttpStatusCode.OK, (await restored.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        var members = await restored.Services.GetRequiredService<IMembershipStore>().ListMembersAsync(CancellationToken.None);
        Assert.Equal(["王书记", "张三"], members.Select(m => m.Name).Order(StringComparer.Ordinal).Reverse());
        using var copy = new LiteDatabase($"Filename={backup};ReadOnly=true");
        Assert.Equal(2, copy.GetCollection("members").Count());
    }

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>The server in this process on the test's database file, with a claimed branch.</summary>
    private async Task<BranchBotApplication> RunningServerAsync()
    {
        var app = new BranchBotApplication(new Dictionary<string, string?> { ["ConnectionStrings:BranchBot"] = Connection });
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        var claimed = await app.Services.GetRequiredService<MembershipService>().ClaimBranchAsync(
            BotHarness.SetupCode, "机关第一党支部", "王书记", new ChatAccount("test", "secretary"), CancellationToken.None);
        Assert.True(claimed.Succeeded, claimed.Problem?.ToString());

        return app;
    }

    /// <summary>BranchBot.dll as its own process on the test's database: the server when no verb is given.</summary>
    private Task<(int Code, string Output)> RunAsync(params string[] args) => BranchBotProcess.RunAsync(Connection, null, args);
}
