using System.Diagnostics;
using System.Security.Cryptography;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Scheduling;
using BranchBot.Storage.Postgres;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Scheduling.Cluster;

/// <summary>
/// Two server instances on one PostgreSQL database share Quartz's clustered job store, on the real clock: a meeting
/// event scheduled by one instance fires on the other when the first has stopped, and fires once when both run.
/// </summary>
public sealed class ClusteredSchedulerTests : IAsyncLifetime, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("branchbot-cluster-");
    private readonly string _dataKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private string? _connectionString;

    [SkippableFact]
    public async Task A_reminder_scheduled_by_an_instance_that_stops_is_sent_once_by_another()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        var first = Instance();
        await using var second = Instance();
        try
        {
            await SetUpBranchAsync(first);
            _ = second.Server;

            await ArrangeAsync(first, opensIn: TimeSpan.FromSeconds(5));
            Assert.True(await MeetingTriggersInDatabaseAsync() > 0, "the meeting's triggers are not in the shared job store");
            await first.DisposeAsync();

            var notices = await CheckInNoticesAsync(second, within: TimeSpan.FromSeconds(40));

            Assert.Equal(1, notices);
            Assert.DoesNotContain(first.Connector.Calls, c => c.Activity.Text?.Contains("签到已开始", StringComparison.Ordinal) == true);
        }
        finally
        {
            await first.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task With_two_instances_running_a_reminder_is_sent_by_exactly_one()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        await using var first = Instance();
        await using var second = Instance();
        await SetUpBranchAsync(first);
        DailyTriggersAfterFirstStart = await SettledDailyTriggersAsync();
        _ = second.Server;

        // Every trigger has a fixed identity: a second start replaces the daily ones instead of adding copies that would all fire.
        Assert.True(DailyTriggersAfterFirstStart > 0, "the first instance stored no daily triggers");
        Assert.Equal(DailyTriggersAfterFirstStart, await SettledDailyTriggersAsync());

        await ArrangeAsync(second, opensIn: TimeSpan.FromSeconds(4));
        var seen = await CheckInNoticesAsync(first, second, within: TimeSpan.FromSeconds(40));
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Equal(1, seen);
        Assert.Equal(1, Notices(first) + Notices(second));
    }

    private BranchBotApplication Instance() => new(
        new Dictionary<string, string?>
        {
            // Two instances' pools within the server's 100 connections, with room for the other tests running meanwhile.
            ["ConnectionStrings:BranchBot"] = _connectionString + ";Maximum Pool Size=20",
            ["Security:DataKey"] = _dataKey,
            ["Security:SigningKeyFile"] = Path.Combine(_folder.FullName, "signing.key"),
            [$"{SchedulerClusterOptions.Section}:CheckinInterval"] = "00:00:01",
            [$"{SchedulerClusterOptions.Section}:CheckinMisfireThreshold"] = "00:00:01",
            [$"{SchedulerClusterOptions.Section}:IdleWaitTime"] = "00:00:01",
        },
        services => services.AddSingleton(TimeProvider.System));

    private static async Task SetUpBranchAsync(BranchBotApplication app)
    {
        var client = app.CreateClient();
        await SayAsync(app, client, $"初始化 {BotHarness.SetupCode} 测试支部", "sec");
        Assert.Contains("初始化完成", await SayAsync(app, client, "王书记", "sec"), StringComparison.Ordinal);
        var code = ConversationScript.InviteCodeIn(await SayAsync(app, client, "添加党员 张三", "sec"));
        Assert.Contains("欢迎你，张三同志", await SayAsync(app, client, $"加入 {code}", "zhang"), StringComparison.Ordinal);
    }

    /// <summary>A 党员大会 whose check-in opens (30 minutes before it starts) <paramref name="opensIn"/> from now.</summary>
    private static async Task ArrangeAsync(BranchBotApplication app, TimeSpan opensIn)
    {
        var secretary = await app.Services.GetRequiredService<IMembershipStore>().FindByChatAccountAsync(new ChatAccount("emulator", "sec"), CancellationToken.None);
        var outcome = await app.Services.GetRequiredService<MeetingService>().CreateAsync(
            new MeetingDraft
            {
                Kind = MeetingKind.GeneralMeeting,
                StartsAt = TimeProvider.System.GetUtcNow() + TimeSpan.FromMinutes(30) + opensIn,
                Place = "三楼会议室",
                Topic = "学习党章",
            },
            secretary!,
            CancellationToken.None);
        Assert.True(outcome.Succeeded, outcome.Problem?.ToString());
    }

    private long DailyTriggersAfterFirstStart { get; set; }

    /// <summary>The count once the scheduler has stored what it will: unchanged for a second.</summary>
    private async Task<long> SettledDailyTriggersAsync()
    {
        var waited = Stopwatch.StartNew();
        long last = -1, now;
        while ((now = await DailyTriggersAsync()) != last || now == 0)
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(15))
            {
                break;
            }

            last = now;
            await Task.Delay(1000);
        }

        return now;
    }

    private async Task<long> DailyTriggersAsync()
    {
        await using var database = new PostgresDatabase(_connectionString!);
        return (long)(await database.ScalarAsync(
            "SELECT count(*) FROM qrtz_triggers WHERE trigger_group <> @group", CancellationToken.None, ("group", MeetingTriggers.Group)))!;
    }

    private async Task<long> MeetingTriggersInDatabaseAsync()
    {
        await using var database = new PostgresDatabase(_connectionString!);
        return (long)(await database.ScalarAsync(
            "SELECT count(*) FROM qrtz_triggers WHERE trigger_group = @group", CancellationToken.None, ("group", MeetingTriggers.Group)))!;
    }

    private static async Task<int> CheckInNoticesAsync(BranchBotApplication app, TimeSpan within) => await CheckInNoticesAsync(app, app, within);

    private static async Task<int> CheckInNoticesAsync(BranchBotApplication one, BranchBotApplication other, TimeSpan within)
    {
        var waited = Stopwatch.StartNew();
        while (Notices(one) + (ReferenceEquals(one, other) ? 0 : Notices(other)) == 0 && waited.Elapsed < within)
        {
            await Task.Delay(100);
        }

        return Notices(one) + (ReferenceEquals(one, other) ? 0 : Notices(other));
    }

    private static int Notices(BranchBotApplication app) =>
        app.Connector.Calls.Count(c => c.ConversationId == "conv-zhang" && c.Activity.Text?.Contains("签到已开始", StringComparison.Ordinal) == true);

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
