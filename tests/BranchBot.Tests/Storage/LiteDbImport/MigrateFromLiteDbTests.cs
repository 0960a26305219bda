using System.Security.Cryptography;
using BranchBot.Cli;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Storage.LiteDbImport;

/// <summary>
/// migrate-from-litedb: a LiteDB database written by the real server is copied into PostgreSQL, where a server then
/// knows its branches and members; a second run copies nothing; and what cannot be migrated is refused in one line.
/// </summary>
public sealed class MigrateFromLiteDbTests : IAsyncLifetime, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("branchbot-migrate-");
    private readonly string _dataKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private string? _connectionString;

    private string LiteDbFile => Path.Combine(_folder.FullName, "branchbot.db");

    [SkippableFact]
    public async Task Two_branches_and_their_members_are_there_on_PostgreSQL_and_a_second_run_copies_nothing()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        await using (var lite = new BranchBotApplication(Settings($"Filename={LiteDbFile}")))
        {
            var client = lite.CreateClient();
            Assert.Contains("请确认你的姓名", await SayAsync(lite, client, $"初始化 {BotHarness.SetupCode} 测试支部", "sec"), StringComparison.Ordinal);
            Assert.Contains("初始化完成", await SayAsync(lite, client, "王书记", "sec"), StringComparison.Ordinal);
            var code = ConversationScript.InviteCodeIn(await SayAsync(lite, client, "添加党员 张三", "sec"));
            Assert.Contains("欢迎你，张三同志", await SayAsync(lite, client, $"加入 {code}", "zhang"), StringComparison.Ordinal);
            var secretaryCode = Organisation.TwoBranchScript.SecretaryCodeIn(await SayAsync(lite, client, "新建支部 第二党支部", "sec"));
            Assert.Contains("你已成为「第二党支部」的书记", await SayAsync(lite, client, $"加入 {secretaryCode} 李书记", "li"), StringComparison.Ordinal);
            var zhaoCode = ConversationScript.InviteCodeIn(await SayAsync(lite, client, "添加党员 赵六", "li"));
            Assert.Contains("你已加入「第二党支部」", await SayAsync(lite, client, $"加入 {zhaoCode}", "zhao"), StringComparison.Ordinal);
            Assert.Contains("请确认会议安排", await SayAsync(lite, client, "安排 党员大会 明天下午3点 三楼会议室", "sec"), StringComparison.Ordinal);
            Assert.Contains("已安排", await SayAsync(lite, client, "确认", "sec"), StringComparison.Ordinal);
            Assert.Contains("已记录", await SayAsync(lite, client, "记录谈心 王书记 交流了学习体会", "zhang"), StringComparison.Ordinal);
            Assert.Contains("每月应交120.00元", await SayAsync(lite, client, "党费基数 张三 8000", "sec"), StringComparison.Ordinal);
            Assert.Contains("收据号", await SayAsync(lite, client, "收党费 张三 这个月", "sec"), StringComparison.Ordinal);
            Assert.Contains("已为钱七建立发展党员档案", await SayAsync(lite, client, "入党申请 钱七 11月20日", "sec"), StringComparison.Ordinal);
            Assert.Contains("发给谁", await SayAsync(lite, client, "广播 周五下午学习安排有变", "sec"), StringComparison.Ordinal);
            Assert.Contains("需要成员点「收到」回执吗？", await SayAsync(lite, client, "全体党员", "sec"), StringComparison.Ordinal);
            Assert.Contains("什么时候发送", await SayAsync(lite, client, "是", "sec"), StringComparison.Ordinal);
            Assert.Contains("请确认广播", await SayAsync(lite, client, "立即发送", "sec"), StringComparison.Ordinal);
            await SayAsync(lite, client, "确认", "sec");
            Assert.Contains("党委广播预览", await SayAsync(lite, client, "党委广播 全体党员 周五下午三点在礼堂开会", "sec"), StringComparison.Ordinal);
            Assert.Contains("已发出党委广播1", await SayAsync(lite, client, "发送并要求回执", "sec"), StringComparison.Ordinal);
        }

        var (code1, first, error1) = await MigrateAsync(LiteDbFile);
        Assert.True(code1 == 0, error1);
        Assert.Contains("members：复制 4 条，已存在 0 条", first, StringComparison.Ordinal);
        Assert.Contains("dues_bases：复制 1 条，已存在 0 条", first, StringComparison.Ordinal);
        Assert.Contains("dues_payments：复制 1 条，已存在 0 条", first, StringComparison.Ordinal);
        Assert.Contains("party_development：复制 1 条，已存在 0 条", first, StringComparison.Ordinal);
        Assert.Contains("Security:DataKey", first, StringComparison.Ordinal);

        var (code2, second, error2) = await MigrateAsync(LiteDbFile);
        Assert.True(code2 == 0, error2);
        Assert.Contains("members：复制 0 条，已存在 4 条", second, StringComparison.Ordinal);
        Assert.DoesNotMatch("复制 [1-9]", second);

        await using var postgres = new BranchBotApplication(Settings(_connectionString));
        var again = postgres.CreateClient();
        Assert.Contains("张三", await SayAsync(postgres, again, "我的信息", "zhang"), StringComparison.Ordinal);
        Assert.Contains("三楼会议室", await SayAsync(postgres, again, "近期安排", "zhang"), StringComparison.Ordinal);
        Assert.Contains("交流了学习体会", await SayAsync(postgres, again, "谈心记录 张三", "sec"), StringComparison.Ordinal);
        Assert.Contains("共120.00元", await SayAsync(postgres, again, "我的党费", "zhang"), StringComparison.Ordinal);
        Assert.Contains("【发展党员档案】钱七，入党申请人", await SayAsync(postgres, again, "发展党员 钱七", "sec"), StringComparison.Ordinal);
        Assert.Contains("周五下午学习安排有变", await SayAsync(postgres, again, "广播记录", "sec"), StringComparison.Ordinal);
        Assert.Contains("在礼堂开会", await SayAsync(postgres, again, "党委广播记录", "sec"), StringComparison.Ordinal);
        var roster = await SayAsync(postgres, again, "党员名单", "li");
        Assert.Contains("赵六", roster, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", roster, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Every_collection_is_copied_whole_and_talks_knowledge_plans_and_console_records_read_back_on_PostgreSQL()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        await using (var lite = new BranchBotApplication(Settings($"Filename={LiteDbFile}")))
        {
            var client = lite.CreateClient();
            await SayAsync(lite, client, $"初始化 {BotHarness.SetupCode} 测试支部", "sec");
            Assert.Contains("初始化完成", await SayAsync(lite, client, "王书记", "sec"), StringComparison.Ordinal);
            var code = ConversationScript.InviteCodeIn(await SayAsync(lite, client, "添加党员 张三", "sec"));
            Assert.Contains("欢迎你，张三同志", await SayAsync(lite, client, $"加入 {code}", "zhang"), StringComparison.Ordinal);

            Assert.Contains("谢谢你愿意和支部聊聊", await SayAsync(lite, client, "谈心", "zhang"), StringComparison.Ordinal);
            await SayAsync(lite, client, "最近在学习党章，收获很大", "zhang");
            await SayAsync(lite, client, "跳过", "zhang");
            Assert.Contains("上门看", await SayAsync(lite, client, "家里老人住院了，希望组织上来看看", "zhang"), StringComparison.Ordinal);
            await SayAsync(lite, client, "是", "zhang");
            Assert.Contains("确认提交", await SayAsync(lite, client, "希望多组织专题学习", "zhang"), StringComparison.Ordinal);
            Assert.Contains("谈心内容已经提交", await SayAsync(lite, client, "确认提交", "zhang"), StringComparison.Ordinal);
            Assert.Contains("谢谢你愿意和支部聊聊", await SayAsync(lite, client, "谈心", "sec"), StringComparison.Ordinal);
            await SayAsync(lite, client, "这个月在准备支部换届的材料", "sec");
            Assert.Contains("已匿名提交你的建议", await SayAsync(lite, client, "匿名建议 会议通知能不能早两天发", "zhang"), StringComparison.Ordinal);
            Assert.Contains("对谈心谈话没有完成", await SayAsync(lite, client, "谈心安排", "sec"), StringComparison.Ordinal);
            await SayAsync(lite, client, "是", "sec");
            Assert.Contains("张三", await SayAsync(lite, client, "谈心记录 张三", "sec"), StringComparison.Ordinal);

            await SayAsync(lite, client, "添加问答", "sec");
            await SayAsync(lite, client, "支部的党旗坏了去哪里领？", "sec");
            await SayAsync(lite, client, "跳过", "sec");
            await SayAsync(lite, client, "向机关党委办公室领取，登记后即可领新的党旗。", "sec");
            await SayAsync(lite, client, "支部答复", "sec");
            Assert.Contains("已添加问答", await SayAsync(lite, client, "确认", "sec"), StringComparison.Ordinal);
            Assert.Contains("向机关党委办公室领取", await SayAsync(lite, client, "支部的党旗坏了去哪里领？", "zhang"), StringComparison.Ordinal);
            await SayAsync(lite, client, "有用 #1", "zhang");
            await SayAsync(lite, client, "我们小区停车位怎么申请", "zhang");
            await SayAsync(lite, client, "转交书记 #2", "zhang");

            await SayAsync(lite, client, "广播 请按时交纳本月党费", "sec");
            await SayAsync(lite, client, "全体党员", "sec");
            await SayAsync(lite, client, "否", "sec");
            await SayAsync(lite, client, "定期发送", "sec");
            await SayAsync(lite, client, "每月5日上午9点", "sec");
            Assert.Contains("已创建定期广播 #1", await SayAsync(lite, client, "确认", "sec"), StringComparison.Ordinal);
        }

        var at = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);
        using (var file = new LiteDB.LiteDatabase($"Filename={LiteDbFile};Connection=direct"))
        {
            var branchId = file.GetCollection(BranchBot.Storage.LiteDb.LiteDbCollections.OrgUnits).FindAll().First()["_id"].AsString;
            file.GetCollection<BranchBot.Storage.LiteDb.WebConsole.UsedLoginDocument>(BranchBot.Storage.LiteDb.LiteDbCollections.ConsoleUsedLogins)
                .Insert(new BranchBot.Storage.LiteDb.WebConsole.UsedLoginDocument { Id = "link-1", ExpiresAtUtc = at.AddYears(5) });
            file.GetCollection<BranchBot.Storage.LiteDb.WebConsole.SignOutDocument>(BranchBot.Storage.LiteDb.LiteDbCollections.ConsoleSignOuts)
                .Insert(new BranchBot.Storage.LiteDb.WebConsole.SignOutDocument { Id = "session:s-1", AtUtc = at, ForgetAfterUtc = at.AddYears(5) });
            file.GetCollection<BranchBot.Storage.LiteDb.WebConsole.ConsoleAuditDocument>(BranchBot.Storage.LiteDb.LiteDbCollections.ConsoleAudit)
                .Insert(BranchBot.Storage.LiteDb.WebConsole.ConsoleAuditDocument.From(
                    new BranchBot.Core.WebConsole.ConsoleAuditEntry { Id = "audit-1", At = at, MemberName = "王书记", Action = "导出台账", Allowed = true }, branchId));
            file.GetCollection<BranchBot.ChatPage.LiteDbChatTranscriptStore.TranscriptDocument>(BranchBot.Storage.LiteDb.LiteDbCollections.ChatTranscripts)
                .Insert(new BranchBot.ChatPage.LiteDbChatTranscriptStore.TranscriptDocument { Id = "act-1", ConversationId = "dl-1", Sequence = 1, Activity = "protected", AtUtcTicks = at.Ticks });
        }

        var documents = CountDocuments(LiteDbFile);
        var copiedHere = new[]
        {
            "feedback", "feedback_drafts", "follow_ups", "suggestions", "talk_assignments", "talk_audit", "knowledge_entries", "pending_questions",
            "knowledge_answer_log", "knowledge_feedback", "broadcast_plans", "console_used_logins", "console_sign_outs", "console_audit", "chat_transcripts",
        };
        Assert.All(copiedHere, c => Assert.True(documents.GetValueOrDefault(c) > 0, $"the script left {c} empty"));

        var (exit, output, error) = await MigrateAsync(LiteDbFile);
        Assert.True(exit == 0, error);
        Assert.DoesNotContain("还不能迁移", error, StringComparison.Ordinal);

        await using (var database = new BranchBot.Storage.Postgres.PostgresDatabase(_connectionString))
        {
            foreach (var (collection, count) in documents.Where(d => !BranchBot.LiteDbMigration.CollectionCopies.NotData.Contains(d.Key)))
            {
                Assert.True(count == (long)(await database.ScalarAsync($"SELECT count(*) FROM {collection}", CancellationToken.None))!,
                    $"{collection}: {count} documents in LiteDB, other row count on PostgreSQL ({output})");
            }
        }

        await using var postgres = new BranchBotApplication(Settings(_connectionString));
        var again = postgres.CreateClient();
        Assert.Contains("家里老人住院了", await SayAsync(postgres, again, "谈心记录 张三", "sec"), StringComparison.Ordinal);
        Assert.Contains("张三", await SayAsync(postgres, again, "必访任务", "sec"), StringComparison.Ordinal);
        Assert.Contains("会议通知能不能早两天发", await SayAsync(postgres, again, "匿名建议列表", "sec"), StringComparison.Ordinal);
        Assert.Contains("张三", await SayAsync(postgres, again, "访问日志", "sec"), StringComparison.Ordinal);
        Assert.Contains("#1 每月5日 09:00", await SayAsync(postgres, again, "定期广播", "sec"), StringComparison.Ordinal);
        Assert.Contains("我们小区停车位怎么申请", await SayAsync(postgres, again, "待答问题", "sec"), StringComparison.Ordinal);
        Assert.Contains("向机关党委办公室领取", await SayAsync(postgres, again, "党旗坏了到哪里领", "zhang"), StringComparison.Ordinal);
        Assert.Contains("有用", await SayAsync(postgres, again, "问答反馈", "sec"), StringComparison.Ordinal);
        Assert.Contains("已回答 1/4 个问题", await SayAsync(postgres, again, "谈心", "sec"), StringComparison.Ordinal);
    }

    private static Dictionary<string, long> CountDocuments(string file)
    {
        using var database = new LiteDB.LiteDatabase($"Filename={file};Connection=direct;ReadOnly=true");
        return database.GetCollectionNames().ToDictionary(n => n, n => (long)database.GetCollection(n).LongCount(), StringComparer.Ordinal);
    }

    [SkippableFact]
    public async Task A_target_holding_another_organisation_is_refused_and_nothing_is_copied()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        await using (var lite = new BranchBotApplication(Settings($"Filename={LiteDbFile}")))
        {
            var client = lite.CreateClient();
            await SayAsync(lite, client, $"初始化 {BotHarness.SetupCode} 测试支部", "sec");
            Assert.Contains("初始化完成", await SayAsync(lite, client, "王书记", "sec"), StringComparison.Ordinal);
        }

        await using (var other = new BranchBotApplication(Settings(_connectionString)))
        {
            var client = other.CreateClient();
            await SayAsync(other, client, $"初始化 {BotHarness.SetupCode} 另一个支部", "boss");
            Assert.Contains("初始化完成", await SayAsync(other, client, "赵书记", "boss"), StringComparison.Ordinal);
        }

        var (exit, output, error) = await MigrateAsync(LiteDbFile);

        Assert.Equal(2, exit);
        Assert.Contains("已经有另一个组织的数据", error, StringComparison.Ordinal);
        Assert.DoesNotContain("复制", output, StringComparison.Ordinal);
        await using var database = new BranchBot.Storage.Postgres.PostgresDatabase(_connectionString);
        Assert.Equal(1L, await database.ScalarAsync("SELECT count(*) FROM members", CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_file_in_use_by_a_running_server_is_refused()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        await using var lite = new BranchBotApplication(Settings($"Filename={LiteDbFile}"));
        _ = lite.Server;

        var (code, _, error) = await MigrateAsync(LiteDbFile);

        Assert.Equal(2, code);
        Assert.Contains("正被运行中的服务使用", error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_missing_file_is_refused()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();

        var (code, _, error) = await MigrateAsync(Path.Combine(_folder.FullName, "nothing.db"));

        Assert.Equal(2, code);
        Assert.Contains("找不到 LiteDB 数据库文件", error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_collection_this_version_does_not_know_is_an_error_naming_it_and_nothing_is_copied()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        await using (var lite = new BranchBotApplication(Settings($"Filename={LiteDbFile}")))
        {
            Assert.Contains("请确认你的姓名", await SayAsync(lite, lite.CreateClient(), $"初始化 {BotHarness.SetupCode} 测试支部", "sec"), StringComparison.Ordinal);
        }

        using (var file = new LiteDB.LiteDatabase($"Filename={LiteDbFile};Connection=direct"))
        {
            file.GetCollection("from_the_future").Insert(new LiteDB.BsonDocument { ["_id"] = "x" });
        }

        var (code, output, error) = await MigrateAsync(LiteDbFile);

        Assert.Equal(2, code);
        Assert.Contains("不认识的集合：from_the_future", error, StringComparison.Ordinal);
        Assert.DoesNotContain("复制", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_content_key_that_cannot_read_the_talk_records_is_refused_and_nothing_is_copied()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        await using (var lite = new BranchBotApplication(Settings($"Filename={LiteDbFile}")))
        {
            var client = lite.CreateClient();
            Assert.Contains("请确认你的姓名", await SayAsync(lite, client, $"初始化 {BotHarness.SetupCode} 测试支部", "sec"), StringComparison.Ordinal);
            Assert.Contains("初始化完成", await SayAsync(lite, client, "王书记", "sec"), StringComparison.Ordinal);
            var code = ConversationScript.InviteCodeIn(await SayAsync(lite, client, "添加党员 张三", "sec"));
            Assert.Contains("欢迎你，张三同志", await SayAsync(lite, client, $"加入 {code}", "zhang"), StringComparison.Ordinal);
            Assert.Contains("已记录", await SayAsync(lite, client, "记录谈心 王书记 交流了学习体会", "zhang"), StringComparison.Ordinal);
        }

        var otherKey = Settings(_connectionString);
        otherKey["Security:DataKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var (exit, output, error) = await MigrateAsync(LiteDbFile, otherKey);

        Assert.Equal(2, exit);
        Assert.Contains("配置的内容密钥读不出这个数据库的谈心记录", error, StringComparison.Ordinal);
        Assert.DoesNotContain("复制", output, StringComparison.Ordinal);
        await using var database = new BranchBot.Storage.Postgres.PostgresDatabase(_connectionString);
        Assert.Equal(0L, await database.ScalarAsync("SELECT count(*) FROM members", CancellationToken.None));
    }

    [Fact]
    public async Task A_target_that_is_not_PostgreSQL_is_refused()
    {
        File.WriteAllBytes(LiteDbFile, []);
        await using var lite = new BranchBotApplication();
        _ = lite.Server;
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CliVerbs.RunAsync(lite.Services, ["migrate-from-litedb", LiteDbFile], output, error);

        Assert.Equal(2, code);
        Assert.Contains("目标数据库不是 PostgreSQL", error.ToString(), StringComparison.Ordinal);
    }

    private async Task<(int Code, string Output, string Error)> MigrateAsync(string file, Dictionary<string, string?>? settings = null)
    {
        // The test server that hosts the verb sends nothing: its delivery engine would otherwise pick up the copied
        // delivery items before they are counted (seen once in CI under load: "delivery_items: 3 documents in LiteDB").
        var quiet = new Dictionary<string, string?>(settings ?? Settings(_connectionString!)) { ["Broadcast:RunWorkers"] = "false" };
        await using var postgres = new BranchBotApplication(quiet);
        _ = postgres.Server;
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliVerbs.RunAsync(postgres.Services, ["migrate-from-litedb", file], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private Dictionary<string, string?> Settings(string connectionString) => new()
    {
        ["ConnectionStrings:BranchBot"] = connectionString,
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
