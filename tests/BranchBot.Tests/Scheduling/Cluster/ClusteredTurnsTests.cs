using System.Security.Cryptography;
using BranchBot.Cli;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Storage.Postgres;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Scheduling.Cluster;

/// <summary>
/// Two server instances on one PostgreSQL database, with requests spread over both as a load balancer without sticky
/// sessions would: a dialog begun on one is finished on the other, and 200 members checking in through both at once
/// leave 200 check-ins. What one instance changes (a member, a 问答 entry, a transfer) is seen on the other within a second.
/// </summary>
public sealed class ClusteredTurnsTests : IAsyncLifetime, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("branchbot-turns-");
    private readonly string _dataKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private string? _connectionString;

    [SkippableFact]
    public async Task A_meeting_arranged_on_one_instance_is_confirmed_on_the_other_and_both_list_it()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        await using var first = Instance();
        await using var second = Instance();
        await SetUpBranchAsync(first);
        await SayAsync(second, "近期安排", "sec"); // the second instance now holds this conversation's (empty) dialog state

        Assert.Contains("请确认会议安排", await SayAsync(first, "安排 党员大会 后天下午3点 三楼会议室", "sec"), StringComparison.Ordinal);
        Assert.Contains("已安排", await SayAsync(second, "确认", "sec"), StringComparison.Ordinal);

        Assert.Contains("三楼会议室", await SayAsync(first, "近期安排", "sec"), StringComparison.Ordinal);
        Assert.Contains("三楼会议室", await SayAsync(second, "近期安排", "sec"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_member_who_joins_through_one_instance_is_known_at_once_on_the_other()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        await using var first = Instance();
        await using var second = Instance();
        await SetUpBranchAsync(first);
        var code = ConversationScript.InviteCodeIn(await SayAsync(first, "添加党员 张三", "sec"));
        Assert.Contains("张三 · 未加入", await SayAsync(first, "党员名单", "sec"), StringComparison.Ordinal);

        Assert.Contains("欢迎你，张三同志", await SayAsync(second, $"加入 {code}", "zhang"), StringComparison.Ordinal);

        // The first instance read its roster a moment ago and would trust it for seconds; the join's notice drops it.
        var roster = await SayUntilAsync(first, "党员名单", "sec", reply => !reply.Contains("未加入", StringComparison.Ordinal));

        Assert.DoesNotContain("未加入", roster, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_question_and_answer_added_on_one_instance_is_answered_at_once_on_the_other()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        await using var first = Instance();
        await using var second = Instance();
        await SetUpBranchAsync(first);
        var code = ConversationScript.InviteCodeIn(await SayAsync(first, "添加党员 张三", "sec"));
        Assert.Contains("欢迎你，张三同志", await SayAsync(second, $"加入 {code}", "zhang"), StringComparison.Ordinal);
        Assert.DoesNotContain("机关党委办公室", await SayAsync(second, "支部的党旗坏了去哪里领？", "zhang"), StringComparison.Ordinal);

        await SayAsync(first, "添加问答", "sec");
        await SayAsync(first, "支部的党旗坏了去哪里领？", "sec");
        await SayAsync(first, "跳过", "sec");
        await SayAsync(first, "向机关党委办公室领取，登记后即可领新的党旗。", "sec");
        await SayAsync(first, "支部答复", "sec");
        Assert.Contains("已添加问答", await SayAsync(first, "确认", "sec"), StringComparison.Ordinal);

        // The second instance answered this question a moment ago from its own index; the notice makes it read again.
        var answer = await SayUntilAsync(second, "支部的党旗坏了去哪里领？", "zhang", reply => reply.Contains("机关党委办公室", StringComparison.Ordinal));

        Assert.Contains("向机关党委办公室领取", answer, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_member_transferred_on_one_instance_is_in_the_new_branch_at_once_on_the_other()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        await using var first = Instance();
        await using var second = Instance();
        await SetUpBranchAsync(first);
        var code = ConversationScript.InviteCodeIn(await SayAsync(first, "添加党员 张三", "sec"));
        Assert.Contains("欢迎你，张三同志", await SayAsync(second, $"加入 {code}", "zhang"), StringComparison.Ordinal);
        var secretaryCode = Organisation.TwoBranchScript.SecretaryCodeIn(await SayAsync(first, "新建支部 第二党支部", "sec"));
        Assert.Contains("你已成为「第二党支部」的书记", await SayAsync(first, $"加入 {secretaryCode} 李书记", "li"), StringComparison.Ordinal);

        // The branch made on the first instance is served on the second within a second; it reads both rosters and
        // 张三's branch now, and would trust them for a while.
        var before = await SayUntilAsync(second, "党员名单", "li", reply => reply.Contains("李书记", StringComparison.Ordinal));

        Assert.Contains("「第二党支部」共 1 名党员", before, StringComparison.Ordinal);
        Assert.Contains("测试支部", await SayAsync(second, "我的信息", "zhang"), StringComparison.Ordinal);

        Assert.Contains("确认将「张三」的组织关系", await SayAsync(first, "转接 张三 到 第二党支部", "sec"), StringComparison.Ordinal);
        Assert.Contains("已将「张三」的组织关系转到「第二党支部」", await SayAsync(first, "是", "sec"), StringComparison.Ordinal);

        var roster = await SayUntilAsync(second, "党员名单", "li", reply => reply.Contains("张三", StringComparison.Ordinal));

        Assert.Contains("张三", roster, StringComparison.Ordinal);
        Assert.Contains("第二党支部", await SayAsync(second, "我的信息", "zhang"), StringComparison.Ordinal);
        Assert.DoesNotContain("张三", await SayAsync(second, "党员名单", "sec"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Two_hundred_members_checking_in_through_two_instances_at_once_leave_two_hundred_check_ins()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        await using var first = Instance();
        await using var second = Instance();
        await SetUpBranchAsync(first);
        var roster = Path.Combine(_folder.FullName, "roster.csv");
        await File.WriteAllLinesAsync(roster, ["name,role,group,channelId,userId", .. Enumerable.Range(1, 200).Select(i => $"党员{i:000},党员,,emulator,m{i}")]);
        using (var output = new StringWriter())
        using (var error = new StringWriter())
        {
            Assert.True(await CliVerbs.RunAsync(first.Services, ["roster", "import", roster], output, error) == 0, error.ToString());
        }

        // Arranged through the service at an exact time: typed at night, "1点" would be read as the afternoon.
        var secretary = await first.Services.GetRequiredService<IMembershipStore>().FindByChatAccountAsync(new ChatAccount("emulator", "sec"), CancellationToken.None);
        var arranged = await first.Services.GetRequiredService<MeetingService>().CreateAsync(
            new MeetingDraft { Kind = MeetingKind.GeneralMeeting, StartsAt = TimeProvider.System.GetUtcNow().AddMinutes(10), Place = "三楼会议室", Topic = "学习党章" },
            secretary!,
            CancellationToken.None);
        Assert.True(arranged.Succeeded, arranged.Problem?.ToString());
        await Task.Delay(TimeSpan.FromSeconds(3)); // the roster CLI's writes reach both instances' member caches

        var replies = await Task.WhenAll(Enumerable.Range(1, 200).Select(i => SayAsync(i % 2 == 0 ? first : second, "签到", $"m{i}", clear: false)));

        Assert.True(replies.All(r => r.Contains("签到", StringComparison.Ordinal)), string.Join("\n", _logs.Exceptions.Take(2)));
        await using var database = new PostgresDatabase(_connectionString);
        Assert.Equal(200L, await database.ScalarAsync("SELECT count(DISTINCT member_id) FROM attendance WHERE status = 0", CancellationToken.None));
        Assert.Equal(200L, await database.ScalarAsync("SELECT count(*) FROM attendance", CancellationToken.None));
    }

    private BranchBotApplication Instance() => new(
        new Dictionary<string, string?>
        {
            // Two instances' pools within the server's 100 connections, with room for the other tests running meanwhile.
            ["ConnectionStrings:BranchBot"] = _connectionString + ";Maximum Pool Size=20",
            ["Security:DataKey"] = _dataKey,
            ["Security:SigningKeyFile"] = Path.Combine(_folder.FullName, "signing.key"),
        },
        services =>
        {
            services.AddSingleton(TimeProvider.System);
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(_logs);
        });

    private readonly CapturingLoggerProvider _logs = new();

    private async Task SetUpBranchAsync(BranchBotApplication app)
    {
        await SayAsync(app, $"初始化 {BotHarness.SetupCode} 测试支部", "sec");
        Assert.Contains("初始化完成", await SayAsync(app, "王书记", "sec"), StringComparison.Ordinal);
    }

    private Task<string> SayAsync(BranchBotApplication app, string text, string user, string? at = null, bool clear = true)
    {
        if (at is not null)
        {
            var start = TimeProvider.System.GetUtcNow().AddMinutes(10).ToOffset(TimeSpan.FromHours(8));
            text = text.Replace("今天", $"{start.Month}月{start.Day}日{start:HH}点{start:mm}分", StringComparison.Ordinal);
        }

        return app.SayAsync(text, user, clear: clear, describeFailure: () => string.Join("\n", _logs.Exceptions.Take(3)));
    }

    /// <summary>Says it every 100 ms, up to a second, until the reply is as expected (a notice from the other instance has come); the last reply.</summary>
    private async Task<string> SayUntilAsync(BranchBotApplication app, string text, string user, Func<string, bool> expected)
    {
        var reply = string.Empty;
        for (var attempt = 0; attempt < 10 && (reply.Length == 0 || !expected(reply)); attempt++)
        {
            await Task.Delay(100);
            reply = await SayAsync(app, text, user);
        }

        return reply;
    }

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
