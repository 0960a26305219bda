using BranchBot.Core.Meetings;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Meetings.Chat;

/// <summary>The harness clock starts on Wednesday 2026-11-25 at 10:00 in Beijing.</summary>
public class ArrangeConversationTests
{
    private static async Task<IReadOnlyList<Meeting>> UpcomingAsync(BotHarness bot) =>
        await bot.Services.GetRequiredService<MeetingService>().ListUpcomingAsync(10, CancellationToken.None);

    [Fact]
    public async Task A_month_said_before_the_kind_dates_the_day_said_after_it_and_is_no_place()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);

        // It asked which kind of meeting, then dated it 11月30日 with 地点 "下个月的主题党日".
        branch.Secretary.Send("安排 下个月的主题党日 30号下午3点 革命纪念馆 参观").ExpectReply("日期：12月30日");
        Assert.Contains("地点：革命纪念馆", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("类型：主题党日", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_time_without_a_day_asks_which_day_instead_of_taking_today_or_tomorrow()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 党员大会 下午4点到5点半 三楼会议室 学习二十大精神").ExpectReply("党员大会是哪一天的16:00？");
        Assert.Empty(await UpcomingAsync(bot));

        branch.Secretary.Send("明天").ExpectReply("日期：11月26日（星期四）");
        Assert.Contains("时间：16:00–17:30", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("确认").ExpectReply("已安排：11月26日（星期四）16:00 党员大会");
    }

    [Fact]
    public async Task A_period_inside_the_topic_stays_in_the_topic()
    {
        // "年底" was cut out of the topic as a vague period ("主题：讨论 民主评议"); a period the topic's verb governs stays,
        // and no longer makes the day in doubt: the sentence is previewed at once (it was asked back first).
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("12.18晚上七点到九点 线上开个支委会 讨论年底民主评议").ExpectReply("请确认会议安排");
        Assert.Contains("主题：讨论年底民主评议\n", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("日期：12月18日（星期五）", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("时间：19:00–21:00", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_time_alone_answering_when_asks_for_the_day_too()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 党课 三楼会议室 学习党章").ExpectReply("党课什么时候开")
            .Send("下午3点").ExpectReply("党课是哪一天的15:00？")
            .Send("今天").ExpectReply("日期：11月25日（星期三）");
        Assert.Contains("时间：15:00", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("确认")]
    [InlineData("好的")]
    public async Task A_yes_at_the_which_group_question_says_a_group_must_be_chosen_and_asks_again(string yes)
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 党小组会 12月3日下午3点 二楼").ExpectReply("是哪个党小组的党小组会")
            .Send(yes).ExpectReply($"「{yes}」之前还要先选一项").WithButtons("第一党小组", "第二党小组");
        Assert.Contains("是哪个党小组的党小组会", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("第二党小组").ExpectReply("请确认会议安排");
    }

    [Fact]
    public async Task A_shift_in_words_under_the_summary_moves_the_time_and_asks_again()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 党员大会 12月10日下午3点 三楼会议室 学习二十大精神").ExpectReply("请确认会议安排")
            .Send("党员大会推迟半小时").ExpectReply("时间已由「12月10日（星期四）15:00」改为「12月10日（星期四）15:30」，请再确认一次")
            .WithButtons("确认", "修改", "取消");
        Assert.Contains("时间：15:30", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Empty(await UpcomingAsync(bot));

        branch.Secretary.Send("支委会推迟半小时").ExpectReply("请点选下面的一个选项");
        Assert.Contains("时间：15:30", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("确认").ExpectReply("已安排：12月10日（星期四）15:30 党员大会");
    }

    [Fact]
    public async Task New_values_typed_under_the_summary_change_the_draft_and_ask_again()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 党员大会 12月10日下午2点半 三楼会议室").ExpectReply("请确认会议安排")
            // A bare hour stays on the meeting's day, in its half of the day.
            .Send("改到三点").ExpectReply("时间已由「12月10日（星期四）14:30」改为「12月10日（星期四）15:00」，请再确认一次")
            .WithButtons("确认", "修改", "取消")
            .Send("地点改成五楼大会议室").ExpectReply("地点已由「三楼会议室」改为「五楼大会议室」")
            .Send("主题：学习党章").ExpectReply("主题已定为「学习党章」")
            // A day alone keeps the hour.
            .Send("改到周五").ExpectReply("改为「11月27日（星期五）15:00」")
            .Send("换到302").ExpectReply("地点已由「五楼大会议室」改为「302」");
        Assert.Empty(await UpcomingAsync(bot));

        branch.Secretary.Send("确认").ExpectReply("已安排：11月27日（星期五）15:00 党员大会");
        var made = Assert.Single(await UpcomingAsync(bot));
        Assert.Equal("302", made.Place);
        Assert.Equal("学习党章", made.Topic);
    }

    [Fact]
    public async Task A_correction_typed_under_the_summary_changes_the_draft_like_a_new_value()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 党员大会 12月10日下午3点 三楼会议室").ExpectReply("请确认会议安排")
            .Send("错了 应该是三点半").ExpectReply("时间已由「12月10日（星期四）15:00」改为「12月10日（星期四）15:30」，请再确认一次")
            .Send("不对，是12月11日不是10日").ExpectReply("改为「12月11日（星期五）15:30」")
            .Send("地点写错了 应该在五楼大会议室").ExpectReply("地点已由「三楼会议室」改为「五楼大会议室」")
            .Send("应该是二楼会议室才对").ExpectReply("地点已由「五楼大会议室」改为「二楼会议室」");
        Assert.Empty(await UpcomingAsync(bot));

        branch.Secretary.Send("确认").ExpectReply("已安排：12月11日（星期五）15:30 党员大会");
        Assert.Equal("二楼会议室", Assert.Single(await UpcomingAsync(bot)).Place);
    }

    [Fact]
    public async Task Every_opening_that_announces_a_mistake_leads_a_change_under_the_summary()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 党员大会 12月10日下午3点 三楼会议室").ExpectReply("请确认会议安排")
            .Send("哦不对 应该是三点半").ExpectReply("时间已由「12月10日（星期四）15:00」改为「12月10日（星期四）15:30」")
            .Send("刚才打错了，是12月11日").ExpectReply("改为「12月11日（星期五）15:30」")
            .Send("时间有误，应该是下午四点").ExpectReply("改为「12月11日（星期五）16:00」")
            .Send("更正一下 地点是二楼会议室").ExpectReply("地点已由「三楼会议室」改为「二楼会议室」")
            .Send("不对不对 改到五楼大会议室").ExpectReply("地点已由「二楼会议室」改为「五楼大会议室」");
        Assert.Empty(await UpcomingAsync(bot));
    }

    [Theory]
    [InlineData("时间改成月底", "没有说清是哪一天几点，时间没有改")]
    [InlineData("改到昨天", "已经过去了")]
    [InlineData("改天再说", "请点选下面的一个选项")]
    public async Task Words_under_the_summary_that_are_no_readable_change_leave_the_draft_as_it_was(string typed, string said)
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 支委会 12月10日晚上7点 302").ExpectReply("请确认会议安排")
            .Send(typed).ExpectReply(said);
        Assert.Contains("时间：19:00", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("地点：302", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("确认").ExpectReply("已安排：12月10日（星期四）19:00 支委会");
    }

    [Fact]
    public async Task A_complete_line_shows_a_summary_and_creates_nothing_before_confirmation()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 党员大会 12月1日下午2点半 三楼会议室 学习二十大精神")
            .ExpectReply("类型：党员大会").WithButtons("确认", "修改", "取消");
        var summary = branch.Secretary.LastReplyText;
        Assert.Contains("日期：12月1日（星期二）", summary, StringComparison.Ordinal);
        Assert.Contains("时间：14:30", summary, StringComparison.Ordinal);
        Assert.Contains("地点：三楼会议室", summary, StringComparison.Ordinal);
        Assert.Contains("主题：学习二十大精神", summary, StringComparison.Ordinal);
        Assert.Contains("参加人员：全体党员（5人）", summary, StringComparison.Ordinal);
        Assert.Empty(await UpcomingAsync(bot));

        branch.Secretary.Send("确认").ExpectReply("已安排：12月1日（星期二）14:30 党员大会「学习二十大精神」");
        Assert.Contains("已通知 3 人：", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("1 人未能通知", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("1 人未能通知（尚未在聊天中加入或发送失败）：钱七。请另行转告。", branch.Secretary.LastReplyText, StringComparison.Ordinal);

        var meeting = Assert.Single(await UpcomingAsync(bot));
        Assert.Equal(MeetingKind.GeneralMeeting, meeting.Kind);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 14, 30, 0, TimeSpan.FromHours(8)), meeting.StartsAt);
        Assert.Equal("三楼会议室", meeting.Place);
    }

    [Fact]
    public async Task The_audience_is_told_with_a_leave_button()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Arranged("安排 党员大会 12月1日下午2点半 三楼会议室 学习二十大精神");
        branch.Zhang.ExpectNotification("【会议通知】党员大会").WithButtons("请假", "近期安排");
        Assert.Contains("时间：12月1日（星期二）14:30", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        branch.Zhao.ExpectNotification("地点：三楼会议室");
        branch.Secretary.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task A_committee_meeting_is_announced_to_the_committee_only()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).WithCommitteeMember("李四");
        branch.Secretary.Send("安排 支委会 明天上午9点").ExpectReply("参加人员：支委会成员（2人）");
        Assert.Contains("地点：（未定）", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("确认").ExpectReply("已通知 1 人：李四");
        branch.Li.ExpectNotification("【会议通知】支委会");
        branch.Zhang.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Arranging_alone_asks_for_each_part_and_allows_skipping_place_and_topic()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排").ExpectReply("要安排哪一类会议").WithButtonsIncluding("党员大会", "支委会", "党课")
            .Send("党课").ExpectReply("党课什么时候开")
            .Send("12月3日下午3点").ExpectReply("在哪里开").WithButtons("跳过")
            .Send("跳过").ExpectReply("会议主题是什么")
            .Send("党章学习").ExpectReply("类型：党课");
        Assert.Contains("地点：（未定）", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("主题：党章学习", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("12月3日（星期四）", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("确认").ExpectReply("已安排：12月3日（星期四）15:00 党课「党章学习」");
    }

    [Fact]
    public async Task An_incomplete_line_asks_only_for_what_is_missing()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 主题党日 三楼").ExpectReply("主题党日什么时候开")
            .Send("12月10日上午9点").ExpectReply("会议主题是什么")
            .Send("无").ExpectReply("地点：三楼");
        Assert.Contains("主题：（未填）", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_without_a_time_asks_only_for_the_time_of_that_day()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 党员大会 12月1日 三楼会议室 学习").ExpectReply("12月1日几点开始")
            .Send("下午2点半").ExpectReply("日期：12月1日（星期二）");
        Assert.Contains("时间：14:30", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_past_time_gets_a_clear_question_not_a_guess()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 支委会 昨天下午3点 书记办公室").ExpectReply("已经过去了")
            .Send("明天下午3点").ExpectReply("地点：书记办公室");
        Assert.Contains("11月26日（星期四）", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unparseable_time_is_asked_again_with_an_example()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 党员大会 2月30日下午3点").ExpectReply("2月没有30日")
            .Send("改天吧").ExpectReply("没有看出日期或时间")
            .Send("12月2日上午10点").ExpectReply("请确认会议安排");
    }

    [Fact]
    public async Task A_past_time_given_in_the_dialog_is_refused()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 党课").ExpectReply("什么时候开")
            .Send("今天上午9点").ExpectReply("已经过去了")
            .Send("今天下午4点").ExpectReply("在哪里开");
    }

    [Fact]
    public async Task Change_lets_one_field_be_replaced_and_shows_the_summary_again()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 党员大会 12月1日下午2点半 三楼会议室 学习二十大精神").ExpectReply("请确认会议安排")
            .Send("修改").ExpectReply("要修改哪一项").WithButtons("类型", "时间", "地点", "主题")
            .Send("地点").ExpectReply("在哪里开")
            .Send("五楼报告厅").ExpectReply("地点：五楼报告厅");
        Assert.Contains("时间：14:30", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("主题：学习二十大精神", branch.Secretary.LastReplyText, StringComparison.Ordinal);

        branch.Secretary.Send("修改").ExpectReply("要修改哪一项")
            .Send("时间").ExpectReply("什么时候开")
            .Send("12月2日上午9点").ExpectReply("日期：12月2日（星期三）")
            .Send("修改").ExpectReply("要修改哪一项")
            .Send("类型").ExpectReply("要安排哪一类会议")
            .Send("党课").ExpectReply("类型：党课")
            .Send("确认").ExpectReply("已安排：12月2日（星期三）09:00 党课「学习二十大精神」");
        var meeting = Assert.Single(await UpcomingAsync(bot));
        Assert.Equal("五楼报告厅", meeting.Place);
    }

    [Fact]
    public async Task Cancel_in_the_summary_creates_nothing()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 党员大会 12月1日下午2点半").ExpectReply("请确认会议安排")
            .Send("取消").ExpectReply("已取消");
        Assert.Empty(await UpcomingAsync(bot));
        branch.Zhang.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task A_group_leader_arranges_their_own_group_meeting()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).WithGroupLeader("张三");
        branch.Zhang.Send("安排 党小组会 下周三下午3点 第一党小组 二楼 交流心得").ExpectReply("参加人员：第一党小组（2人）")
            .Send("确认").ExpectReply("已通知 1 人：李四");
        branch.Li.ExpectNotification("【会议通知】党小组会");
        branch.Zhao.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task A_group_leader_may_not_arrange_a_general_meeting()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).WithGroupLeader("张三");
        branch.Zhang.Send("安排 党员大会 明天下午3点").ExpectReply("党小组长可以安排本小组的党小组会");
    }

    [Fact]
    public async Task A_group_leader_may_not_arrange_another_groups_meeting()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).WithGroupLeader("张三");
        branch.Zhang.Send("安排 党小组会 明天下午3点 第二党小组").ExpectReply("请确认会议安排")
            .Send("确认").ExpectReply("党小组长可以安排本小组的党小组会");
        Assert.Empty(await UpcomingAsync(bot));
    }

    [Fact]
    public async Task An_ordinary_member_may_not_arrange_meetings()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Zhang.Send("安排 党员大会 明天下午3点").ExpectReply("只有书记、副书记和支委可以安排、修改或取消会议");
    }

    [Fact]
    public async Task A_group_meeting_for_an_unknown_group_asks_which_group()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 党小组会 明天下午3点 第九党小组").ExpectReply("没有名为「第九党小组」的党小组").WithButtons("第一党小组", "第二党小组")
            .Send("第二党小组").ExpectReply("参加人员：第二党小组（1人）");
    }
}
