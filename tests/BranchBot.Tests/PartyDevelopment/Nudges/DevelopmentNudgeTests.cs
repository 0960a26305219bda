using BranchBot.Core.PartyDevelopment;
using BranchBot.Scheduling;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.PartyDevelopment.Nudges;

/// <summary>
/// The 发展党员 nudges through the outbox, to the 书记 and the named 培养联系人, each exactly once, also across a
/// restart over the same database file. The clock starts on Wednesday 2026-11-25 at 10:00 in Beijing.
/// </summary>
public sealed class DevelopmentNudgeTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("branchbot-partydev-");

    private string Database => $"Filename={Path.Combine(_folder.FullName, "branchbot.db")}";

    [Fact]
    public async Task Due_talks_reviews_and_one_year_are_sent_once_to_the_secretary_and_the_contact_and_not_again_after_a_restart()
    {
        await using (var bot = new BotHarness(connectionString: Database))
        {
            var secretary = bot.ClaimedBranch();
            var li = bot.JoinedMember(secretary, "li", "李四");
            secretary.Send("入党申请 钱七 10月28日").ExpectReply("已为钱七建立发展党员档案")
                .Send("入党申请 孙八 2025年10月1日").ExpectReply("已为孙八建立发展党员档案")
                .Send("记录 孙八 谈话 2025年10月10日").ExpectReply("已记录")
                .Send("记录 孙八 积极分子 2025年11月20日").ExpectReply("已记录")
                .Send("记录 孙八 培养联系人 李四 2025年11月20日").ExpectReply("已记录");

            Assert.Equal(3, await NudgesOf(bot).RunAsync(CancellationToken.None));
            Assert.Equal(0, await NudgesOf(bot).RunAsync(CancellationToken.None));

            secretary.ExpectNotification("【发展党员提醒】孙八同志的半年一次培养考察应于2026年5月20日（星期三）前进行。")
                .ExpectReply("【发展党员提醒】孙八同志自确定为入党积极分子起已满一年（2026年11月20日（星期五）），可由支委会研究是否列为发展对象并报上级党委备案（《中国共产党发展党员工作细则》第十三条）。")
                .ExpectReply("【发展党员提醒】钱七同志的入党申请书收到已近一个月，请在2026年11月28日（星期六）前派人同其谈话（《中国共产党发展党员工作细则》第七条）。")
                .ExpectNoMoreReplies();
            li.ExpectNotification("孙八同志的半年一次培养考察").ExpectReply("孙八同志自确定为入党积极分子起已满一年").ExpectNoMoreReplies();
        }

        await using var restarted = new BotHarness(connectionString: Database);
        Assert.Equal(0, await NudgesOf(restarted).RunAsync(CancellationToken.None));
        Assert.Equal(0, restarted.DeliverOutbox());
    }

    [Fact]
    public async Task The_end_of_the_probation_is_announced_thirty_and_seven_days_ahead_and_an_overdue_approval_once()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        var store = bot.Services.GetRequiredService<IDevelopmentStore>();
        await store.SaveAsync(DevelopmentFiles.AcceptedOn(new DateOnly(2025, 12, 20)).Approved(new DateOnly(2026, 1, 20)).Then(DevelopmentStepKind.ProbationReview, new DateOnly(2026, 6, 20)) with { Name = "周九", Id = "pd_zhou" }, CancellationToken.None);
        await store.SaveAsync(DevelopmentFiles.AcceptedOn(new DateOnly(2026, 8, 24)) with { Name = "吴十", Id = "pd_wu" }, CancellationToken.None);

        Assert.Equal(2, await NudgesOf(bot).RunAsync(CancellationToken.None));
        secretary.ExpectNotification("【发展党员提醒】吴十同志的支部大会接收决议已报党委，应在2026年11月24日（星期二）前审批，至今未记录审批结果。")
            .ExpectReply("【发展党员提醒】周九同志的预备期还有25天期满（2026年12月20日（星期日）），请提醒本人提交转正申请");

        bot.Clock.Advance(TimeSpan.FromDays(18));
        Assert.Equal(1, await NudgesOf(bot).RunAsync(CancellationToken.None));
        secretary.ExpectNotification("【发展党员提醒】周九同志的预备期还有7天期满（2026年12月20日（星期日））").ExpectNoMoreReplies();

        bot.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await NudgesOf(bot).RunAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_end_of_an_extended_probation_is_announced_thirty_and_seven_days_ahead_once_also_after_a_restart()
    {
        await using (var bot = new BotHarness(connectionString: Database))
        {
            var secretary = bot.ClaimedBranch();
            var extended = DevelopmentFiles.AcceptedOn(new DateOnly(2025, 6, 20)).Approved(new DateOnly(2025, 7, 20))
                .Then(DevelopmentStepKind.ConversionRequest, new DateOnly(2026, 6, 10))
                .Then(DevelopmentStepKind.Extension, new DateOnly(2026, 6, 22), s => s with { ExtensionMonths = 6 })
                .Then(DevelopmentStepKind.ProbationReview, new DateOnly(2026, 6, 22));
            await bot.Services.GetRequiredService<IDevelopmentStore>().SaveAsync(extended with { Name = "周九", Id = "pd_zhou" }, CancellationToken.None);

            Assert.Equal(1, await NudgesOf(bot).RunAsync(CancellationToken.None));
            Assert.Equal(0, await NudgesOf(bot).RunAsync(CancellationToken.None));
            secretary.ExpectNotification("【发展党员提醒】周九同志的延长的预备期还有25天期满（2026年12月20日（星期日）），请提醒本人提交转正申请，并及时召开支部大会讨论其转为正式党员或取消预备党员资格（《中国共产党发展党员工作细则》第三十二条、第三十三条）。")
                .ExpectNoMoreReplies();
        }

        await using var restarted = new BotHarness(connectionString: Database);
        var secretaryAgain = restarted.User("secretary", "王书记");
        Assert.Equal(0, await NudgesOf(restarted).RunAsync(CancellationToken.None));
        restarted.Clock.Advance(TimeSpan.FromDays(18));
        Assert.Equal(1, await NudgesOf(restarted).RunAsync(CancellationToken.None));
        Assert.Equal(0, await NudgesOf(restarted).RunAsync(CancellationToken.None));
        restarted.DeliverOutbox();
        secretaryAgain.ExpectNotification("周九同志的延长的预备期还有7天期满（2026年12月20日（星期日））").ExpectNoMoreReplies();
    }

    [Fact]
    public async Task An_overdue_approval_of_the_conversion_is_sent_once_also_after_a_restart_and_the_person_is_still_probationary()
    {
        await using (var bot = new BotHarness(connectionString: Database))
        {
            var secretary = bot.ClaimedBranch();
            var converted = DevelopmentFiles.AcceptedOn(new DateOnly(2024, 8, 1)).Approved(new DateOnly(2024, 9, 1))
                .Then(DevelopmentStepKind.ConversionRequest, new DateOnly(2025, 7, 25))
                .Then(DevelopmentStepKind.Conversion, new DateOnly(2025, 8, 5));
            await bot.Services.GetRequiredService<IDevelopmentStore>().SaveAsync(converted with { Name = "郑一", Id = "pd_zheng" }, CancellationToken.None);

            Assert.Equal(1, await NudgesOf(bot).RunAsync(CancellationToken.None));
            Assert.Equal(0, await NudgesOf(bot).RunAsync(CancellationToken.None));
            secretary.ExpectNotification("【发展党员提醒】郑一同志的支部大会转正决议已报党委，应在2025年11月5日（星期三）前审批，至今未记录审批结果；党委批准前仍是预备党员（《中国共产党发展党员工作细则》第三十四条）。")
                .ExpectNoMoreReplies();
            secretary.Send("发展党员 郑一").ExpectReply("【发展党员档案】郑一，预备党员");
        }

        await using var restarted = new BotHarness(connectionString: Database);
        Assert.Equal(0, await NudgesOf(restarted).RunAsync(CancellationToken.None));
        Assert.Equal(0, restarted.DeliverOutbox());
    }

    [Fact]
    public async Task The_half_yearly_review_of_a_probationary_member_is_announced_two_weeks_ahead_once_also_after_a_restart()
    {
        await using (var bot = new BotHarness(connectionString: Database))
        {
            var secretary = bot.ClaimedBranch();
            var li = bot.JoinedMember(secretary, "li", "李四");
            var approved = DevelopmentFiles.AcceptedOn(new DateOnly(2026, 6, 8)).Approved(new DateOnly(2026, 7, 1));
            await bot.Services.GetRequiredService<IDevelopmentStore>().SaveAsync(approved with { Name = "冯二", Id = "pd_feng" }, CancellationToken.None);

            Assert.Equal(1, await NudgesOf(bot).RunAsync(CancellationToken.None));
            Assert.Equal(0, await NudgesOf(bot).RunAsync(CancellationToken.None));
            secretary.ExpectNotification("【发展党员提醒】预备党员冯二同志的半年一次预备期考察应于2026年12月8日（星期二）前进行（《中国共产党发展党员工作细则》第五章）。考察后发送「记录 冯二 预备期考察 日期」。")
                .ExpectNoMoreReplies();
            li.ExpectNotification("预备党员冯二同志的半年一次预备期考察").ExpectNoMoreReplies();
        }

        await using var restarted = new BotHarness(connectionString: Database);
        Assert.Equal(0, await NudgesOf(restarted).RunAsync(CancellationToken.None));
        Assert.Equal(0, restarted.DeliverOutbox());
    }

    private static DevelopmentNudges NudgesOf(BotHarness bot) => bot.Services.GetRequiredService<DevelopmentNudges>();

    public void Dispose() => _folder.Delete(recursive: true);
}
