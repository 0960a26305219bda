using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Meetings;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Meetings.Chat;

/// <summary>台账 and recurring plans; the clock starts on Wednesday 2026-11-25 at 10:00 in Beijing.</summary>
public class LedgerAndPlanConversationTests
{
    [Fact]
    public async Task The_ledger_of_this_quarter_shows_required_held_and_missing_periods_with_the_basis()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        await BranchSetUp.BackdateAsync(bot.Services, BranchSetUp.StartOf2026);
        branch.At(16, 0);
        branch.Secretary.Send("台账 本季度").ExpectReply("2026年第四季度组织生活台账");
        var text = branch.Secretary.LastReplyText;
        Assert.Contains("【党员大会】每季度至少1次（依据：《中国共产党支部工作条例（试行）》第十一条）", text, StringComparison.Ordinal);
        Assert.Contains("2026年第四季度：应开1次，已开1次 · 达标", text, StringComparison.Ordinal);
        Assert.Contains("【主题党日】每月至少1次", text, StringComparison.Ordinal);
        Assert.Contains("2026年10月：应开1次，已开0次 · 未达标 ⚠", text, StringComparison.Ordinal);
        Assert.Contains("2026年12月：应开1次，已开0次 · 未到期", text, StringComparison.Ordinal);
        Assert.Contains("2026年10月：2个党小组，0个达标 · 未达标 ⚠ 未开：第一党小组、第二党小组", text, StringComparison.Ordinal);
        Assert.DoesNotContain("【支委会】", text, StringComparison.Ordinal);
        Assert.Contains("缺开 3 期：党小组会 2026年10月（第一党小组、第二党小组）；主题党日 2026年10月。", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("台账 本季度 党员大会", "2026年第四季度党员大会台账")]
    [InlineData("这个季度党员大会开了没", "2026年第四季度党员大会台账")]
    [InlineData("党员大会开过了吗", "2026年党员大会台账")]
    [InlineData("这个季度党员大会上过没", "2026年第四季度党员大会台账")]
    public async Task A_ledger_question_naming_a_kind_shows_that_kind_only(string typed, string title)
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        await BranchSetUp.BackdateAsync(bot.Services, BranchSetUp.StartOf2026);
        branch.At(16, 0);

        branch.Secretary.Send(typed).ExpectReply(title);
        var text = branch.Secretary.LastReplyText;
        Assert.Contains("2026年第四季度：应开1次，已开1次 · 达标", text, StringComparison.Ordinal);
        Assert.DoesNotContain("主题党日", text, StringComparison.Ordinal);
        Assert.DoesNotContain("党小组会", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_party_lecture_asked_about_in_members_words_shows_its_quarter()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        await BranchSetUp.BackdateAsync(bot.Services, BranchSetUp.StartOf2026);

        branch.Secretary.Send("这个季度党课上了没").ExpectReply("2026年第四季度党课台账\n【党课】每季度至少1次");
        Assert.Contains("2026年第四季度：应开1次，已开0次 · 进行中", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kind_without_a_required_count_is_said_so_before_the_whole_ledger()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("台账 本季度 支委会").ExpectReply("台账没有设置支委会的召开次数要求，下面是全部台账。\n2026年第四季度组织生活台账");
    }

    [Fact]
    public async Task A_planned_meeting_shows_in_the_ledger_of_the_year()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).WithCommitteeMember("李四");
        branch.Arranged("安排 支委会 12月2日上午9点", branch.Li);
        branch.Secretary.Send("台账 2026").ExpectReply("2026年组织生活台账");
        Assert.Contains("【支委会】每月至少1次", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("2026年12月：应开1次，已开0次，已安排1次 · 未到期", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_ledger_scope_explains_the_forms()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("台账 明年春天").ExpectReply("台账 2026年第四季度");
    }

    [Fact]
    public async Task A_member_may_not_see_the_ledger()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Zhang.Send("台账").ExpectReply("只有书记、副书记和支委可以使用「台账」");
    }

    [Theory]
    [InlineData("", 2026, null)]
    [InlineData("今年", 2026, null)]
    [InlineData("去年", 2025, null)]
    [InlineData("2027", 2027, null)]
    [InlineData("2026年", 2026, null)]
    [InlineData("2026年第四季度", 2026, 4)]
    [InlineData("2026年第一季度", 2026, 1)]
    [InlineData("2026Q2", 2026, 2)]
    [InlineData("第三季度", 2026, 3)]
    [InlineData("本季度", 2026, 4)]
    [InlineData("上季度", 2026, 3)]
    public void Ledger_scopes_are_read(string text, int year, int? quarter)
    {
        var scope = LedgerScope.Read(text, BotHarness.Start);
        Assert.Equal(new LedgerScope(year, quarter), scope);
    }

    [Fact]
    public async Task A_monthly_plan_is_summarised_with_its_next_dates_and_created_on_confirmation()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 每月15日下午3点 主题党日 党员活动室 重温入党誓词").ExpectReply("请确认定期安排").WithButtons("确认", "取消");
        var summary = branch.Secretary.LastReplyText;
        Assert.Contains("周期：每月15日 15:00", summary, StringComparison.Ordinal);
        Assert.Contains("最近几次：12月15日（星期二）15:00、2027年1月15日（星期五）15:00、2027年2月15日（星期一）15:00", summary, StringComparison.Ordinal);
        Assert.Contains("参加人员：全体党员（5人）", summary, StringComparison.Ordinal);
        Assert.Empty(await bot.Services.GetRequiredService<PlanService>().ListPlansAsync(CancellationToken.None));

        branch.Secretary.Send("确认").ExpectReply("已设定期安排：每月15日 15:00 主题党日");
        Assert.Contains("已创建 1 次会议：12月15日（星期二）15:00", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("已通知 3 人", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Zhang.ExpectNotification("【定期会议】支部设定了每月15日 15:00的主题党日");
        Assert.Single(await bot.Services.GetRequiredService<PlanService>().ListPlansAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_plan_line_without_the_keyword_is_understood_from_a_committee_member()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("每月15日下午3点 主题党日").ExpectReply("请确认定期安排");
        branch.Zhang.Send("每月15日下午3点 主题党日").ExpectReply("抱歉，我没有理解");
    }

    [Fact]
    public async Task A_quarterly_plan_without_a_time_asks_for_it()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 每季度第一个月10号 党员大会 三楼会议室").ExpectReply("每次几点开始")
            .Send("下午2点半").ExpectReply("周期：每季度第1个月10日 14:30");
        Assert.Contains("最近几次：2027年1月10日（星期日）14:30", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("取消").ExpectReply("已取消");
        Assert.Empty(await bot.Services.GetRequiredService<PlanService>().ListPlansAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_plan_without_a_kind_asks_for_it()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 每月20日上午9点").ExpectReply("定期安排哪一类会议")
            .Send("党课").ExpectReply("类型：党课");
    }

    [Fact]
    public async Task A_range_typed_at_the_plans_time_question_sets_each_meetings_length()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 每月20日 党课").ExpectReply(MeetingTexts.AskPlanTime)
            .Send("下午2点到3点半").ExpectReply("每月20日 14:00–15:30");
        branch.Secretary.Send("确认").ExpectReply("已设定期安排");
        var plan = Assert.Single(await bot.Services.GetRequiredService<PlanService>().ListPlansAsync(CancellationToken.None));
        Assert.Equal(TimeSpan.FromMinutes(90), plan.Duration);
    }

    [Fact]
    public async Task Plans_are_listed_and_one_can_be_stopped()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("定期安排").ExpectReply("目前没有定期安排");
        branch.Secretary.Send("安排 每月15日下午3点 主题党日 党员活动室").ExpectReply("请确认定期安排").Send("确认").ExpectReply("已设定期安排");
        branch.Secretary.Send("定期安排").ExpectReply("定期安排 1 项：\n1. 每月15日 15:00 主题党日 · 地点：党员活动室");
        branch.Secretary.Send("停止定期安排").ExpectReply("要停止哪一项定期安排").WithButtons("1")
            .Send("1").ExpectReply("已停止定期安排：每月15日 15:00 主题党日");
        Assert.Empty(await bot.Services.GetRequiredService<PlanService>().ListPlansAsync(CancellationToken.None));
        Assert.Single(await bot.Services.GetRequiredService<MeetingService>().ListUpcomingAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task A_member_may_not_set_up_or_stop_plans()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Zhang.Send("安排 每月15日下午3点 主题党日").ExpectReply("只有书记、副书记和支委可以安排、修改或取消会议");
        branch.Zhang.Send("停止定期安排 1").ExpectReply("只有书记、副书记和支委可以使用「停止定期安排」");
    }
}
