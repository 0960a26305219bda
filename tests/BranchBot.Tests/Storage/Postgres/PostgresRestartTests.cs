using System.Net;
using System.Security.Cryptography;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Storage.Postgres;

/// <summary>
/// The real server on PostgreSQL: a branch set up and a meeting arranged by one instance are there for the next one
/// started on the same database (a restart), where the member checks in; so is a second branch and its member.
/// </summary>
public sealed class PostgresRestartTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset MeetingStart = new(2026, 11, 25, 15, 0, 0, TimeSpan.FromHours(8));
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("branchbot-pg-restart-");
    private readonly string _dataKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private string? _connectionString;

    [SkippableFact]
    public async Task A_branch_and_its_meeting_survive_a_restart_and_the_member_checks_in()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();

        await using (var first = new BranchBotApplication(Settings()))
        {
            var client = first.CreateClient();
            Assert.Contains("请确认你的姓名", await SayAsync(first, client, $"初始化 {BotHarness.SetupCode} 测试支部", "sec"), StringComparison.Ordinal);
            Assert.Contains("初始化完成", await SayAsync(first, client, "王书记", "sec"), StringComparison.Ordinal);
            var code = ConversationScript.InviteCodeIn(await SayAsync(first, client, "添加党员 张三", "sec"));
            Assert.Contains("欢迎你，张三同志", await SayAsync(first, client, $"加入 {code}", "zhang"), StringComparison.Ordinal);
            Assert.Contains("请确认会议安排", await SayAsync(first, client, "安排 党员大会 今天下午3点 三楼会议室", "sec"), StringComparison.Ordinal);
            Assert.Contains("已安排", await SayAsync(first, client, "确认", "sec"), StringComparison.Ordinal);

            // A second branch: its own container over the same database.
            var secretaryCode = Organisation.TwoBranchScript.SecretaryCodeIn(await SayAsync(first, client, "新建支部 第二党支部", "sec"));
            Assert.Contains("你已成为「第二党支部」的书记", await SayAsync(first, client, $"加入 {secretaryCode} 李书记", "li"), StringComparison.Ordinal);
            var zhaoCode = ConversationScript.InviteCodeIn(await SayAsync(first, client, "添加党员 赵六", "li"));
            Assert.Contains("你已加入「第二党支部」", await SayAsync(first, client, $"加入 {zhaoCode}", "zhao"), StringComparison.Ordinal);
        }

        await using var second = new BranchBotApplication(Settings());
        second.Clock.SetUtcNow(MeetingStart.AddMinutes(1));
        var again = second.CreateClient();
        Assert.Contains("签到成功", await SayAsync(second, again, "签到", "zhang"), StringComparison.Ordinal);
        Assert.DoesNotContain("签到成功", await SayAsync(second, again, "签到", "zhang"), StringComparison.Ordinal);
        Assert.Contains("你还没有加入本支部", await SayAsync(second, again, "帮助", "stranger"), StringComparison.Ordinal);
        Assert.Contains("赵六", await SayAsync(second, again, "党员名单", "li"), StringComparison.Ordinal);
        Assert.DoesNotContain("张三", await SayAsync(second, again, "党员名单", "li"), StringComparison.Ordinal);
        var health = await again.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["ConnectionStrings:BranchBot"] = _connectionString,
        ["Security:DataKey"] = _dataKey,
        ["Security:SigningKeyFile"] = Path.Combine(_folder.FullName, "signing.key"),
    };

    private static Task<string> SayAsync(BranchBotApplication app, HttpClient client, string text, string user) => app.SayAsync(text, user, client);

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
