using BranchBot.Core.Dues;
using BranchBot.Scheduling;
using BranchBot.Storage.LiteDb;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Dues;

/// <summary>
/// The 党费 nudges, run directly as the daily 09:15 job would: the monthly reminder from the configured day, the
/// secretary's 3- and 5-month nudges across a year end (citing 党章第九条), the January review, each exactly once,
/// also across a restart over the same database file.
/// </summary>
public sealed class DuesNudgeTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("branchbot-dues-");

    private string DatabaseFile => Path.Combine(_folder.FullName, "branchbot.db");

    [Fact]
    public async Task Members_who_have_not_paid_are_reminded_once_from_the_configured_day()
    {
        await using var branch = new DuesScenario(new BotHarness(settings: new Dictionary<string, string?> { ["Dues:ReminderDay"] = "27" }));
        await branch.SalaryAsync("张三", 4000m);
        await branch.SalaryAsync("李四", 4000m);
        await branch.RecordAsync("李四", new DuesMonth(2026, 11));
        Drain(branch);

        Assert.Equal(0, await Nudges(branch).SendMonthlyRemindersAsync(CancellationToken.None));
        branch.SetLocalTime(new DateTime(2026, 11, 27, 9, 15, 0));
        Assert.Equal(1, await Nudges(branch).SendMonthlyRemindersAsync(CancellationToken.None));
        Assert.Equal(0, await Nudges(branch).SendMonthlyRemindersAsync(CancellationToken.None));
        branch.Bot.DeliverOutbox();

        branch.Zhang.ExpectNotification("【党费提醒】张三同志，2026年11月的党费40.00元还没有登记。").ExpectNoMoreReplies();
        branch.Li.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task The_secretary_is_told_at_three_months_and_urgently_at_five_across_the_year_end_citing_article_nine()
    {
        await using var branch = new DuesScenario();
        await branch.SalaryAsync("张三", 4000m);
        Drain(branch);

        branch.SetLocalTime(new DateTime(2027, 1, 20, 9, 15, 0));
        Assert.Equal(0, await Nudges(branch).SendArrearsAsync(CancellationToken.None));

        branch.SetLocalTime(new DateTime(2027, 2, 1, 9, 15, 0));
        Assert.Equal(1, await Nudges(branch).SendArrearsAsync(CancellationToken.None));
        branch.SetLocalTime(new DateTime(2027, 3, 1, 9, 15, 0));
        Assert.Equal(0, await Nudges(branch).SendArrearsAsync(CancellationToken.None));
        branch.SetLocalTime(new DateTime(2027, 4, 1, 9, 15, 0));
        Assert.Equal(1, await Nudges(branch).SendArrearsAsync(CancellationToken.None));
        Assert.Equal(0, await Nudges(branch).SendArrearsAsync(CancellationToken.None));
        branch.Bot.DeliverOutbox();

        branch.Secretary.ExpectNotification("【党费提醒】张三已连续3个月（2026年11月—2027年1月）没有交纳党费的记录。")
            .ExpectNotification("【党费紧急提醒】张三已连续5个月（2026年11月—2027年3月）没有交纳党费的记录。\n《中国共产党章程》第九条：党员如果没有正当理由，连续六个月不交纳党费，就被认为是自行脱党。")
            .ExpectNoMoreReplies();
        branch.Zhang.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task January_asks_the_secretary_to_review_every_base_once()
    {
        await using var branch = new DuesScenario();
        await branch.SalaryAsync("张三", 8000m);
        Drain(branch);

        Assert.Equal(0, await Nudges(branch).SendYearlyReviewAsync(CancellationToken.None));
        branch.SetLocalTime(new DateTime(2027, 1, 4, 9, 15, 0));
        Assert.Equal(1, await Nudges(branch).SendYearlyReviewAsync(CancellationToken.None));
        Assert.Equal(0, await Nudges(branch).SendYearlyReviewAsync(CancellationToken.None));
        branch.Bot.DeliverOutbox();

        branch.Secretary.ExpectNotification("【党费基数年度核定】2027年开始了").ExpectNoMoreReplies();
        Assert.Contains("· 张三：税后月收入8000.00元，每月120.00元\n· 李四：未登记", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_is_sent_twice_after_a_restart_over_the_same_database()
    {
        var firstRun = new DateTime(2027, 1, 10, 9, 15, 0);
        await using (var branch = new DuesScenario(OnFile()))
        {
            await branch.SalaryAsync("张三", 4000m);
            branch.SetLocalTime(firstRun);
            // 10 January: 张三's reminder for January and the yearly review; November and December unpaid are two months, no nudge yet.
            Assert.Equal(2, await Nudges(branch).RunAsync(CancellationToken.None));
        }

        await using var restarted = OnFile();
        restarted.Clock.SetUtcNow(new DateTimeOffset(firstRun.AddHours(2), TimeSpan.FromHours(8)));
        Assert.Equal(0, await restarted.Services.GetRequiredService<DuesNudges>().RunAsync(CancellationToken.None));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private BotHarness OnFile() =>
        new(services => services.AddSingleton(_ => LiteDbContext.Open($"Filename={DatabaseFile};Connection=direct")));

    private static DuesNudges Nudges(DuesScenario branch) => branch.Bot.Services.GetRequiredService<DuesNudges>();

    private static void Drain(DuesScenario branch)
    {
        branch.Bot.DeliverOutbox();
        foreach (var script in new[] { branch.Secretary, branch.Zhang, branch.Li })
        {
            script.SkipReplies();
        }
    }
}
