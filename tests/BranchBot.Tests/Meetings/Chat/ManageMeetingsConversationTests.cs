using BranchBot.Core.Meetings;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Meetings.Chat;

/// <summary>近期安排, 取消会议, 修改会议 and 会议记录; the clock starts on Wednesday 2026-11-25 at 10:00 in Beijing.</summary>
public class ManageMeetingsConversationTests
{
    private static MeetingBranch WithTwoMeetings(BotHarness bot)
    {
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        return branch.Arranged("安排 党课 12月3日下午3点 党员活动室 党章学习", branch.Zhang, branch.Li, branch.Zhao);
    }

    [Fact]
    public async Task Upcoming_lists_the_senders_meetings_with_their_status()
    {
        await using var bot = new BotHarness();
        var branch = WithTwoMeetings(bot);
        branch.Arranged("安排 党小组会 12月2日上午9点 第二党小组", branch.Zhao);
        branch.Zhang.Send("请假 出差").ExpectReply("要请假的是哪一次").Send("2").ExpectReply("已提交");
        branch.Zhang.Send("近期安排").ExpectReply("你近期有 2 次会议");
        var text = branch.Zhang.LastReplyText;
        Assert.Contains("1. 11月25日（星期三）14:00–16:00 党员大会 · 地点：三楼会议室 · 主题：学习二十大精神 · 待参加", text, StringComparison.Ordinal);
        Assert.Contains("2. 12月3日（星期四）15:00–17:00 党课 · 地点：党员活动室 · 主题：党章学习 · 请假待审批", text, StringComparison.Ordinal);
        Assert.DoesNotContain("党小组会", text, StringComparison.Ordinal);

        branch.Zhao.Send("近期安排").ExpectReply("你近期有 3 次会议");
        Assert.Contains("12月2日（星期三）09:00–11:00 党小组会", branch.Zhao.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("未填", branch.Zhao.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upcoming_with_a_kind_lists_only_that_kind_and_says_when_there_is_none()
    {
        await using var bot = new BotHarness();
        var branch = WithTwoMeetings(bot);

        branch.Zhang.Send("近期安排 党课").ExpectReply("你近期有 1 次党课：\n1. 12月3日（星期四）15:00–17:00 党课 · 地点：党员活动室 · 主题：党章学习 · 待参加");
        Assert.DoesNotContain("党员大会", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        branch.Zhang.Send("党课在哪上").ExpectReply("你近期有 1 次党课");
        Assert.Contains("地点：党员活动室", branch.Zhang.LastReplyText, StringComparison.Ordinal);

        branch.Zhang.Send("近期安排 主题党日").ExpectReply("近期没有主题党日。\n你近期有 2 次会议：");
    }

    [Fact]
    public async Task Upcoming_says_what_a_member_can_still_do_around_the_start()
    {
        await using var bot = new BotHarness();
        var branch = WithTwoMeetings(bot);

        branch.At(13, 40);
        branch.Zhang.Send("近期安排").ExpectReply("14:00–16:00 党员大会 · 地点：三楼会议室 · 主题：学习二十大精神 · 可以签到了").WithButtons("签到", "请假");
        branch.At(14, 10);
        branch.Zhang.Send("近期安排").ExpectReply("主题：学习二十大精神 · 进行中，可以签到").WithButtons("签到", "请假");
        branch.At(14, 40);
        branch.Zhang.Send("近期安排").ExpectReply("主题：学习二十大精神 · 进行中，签到已截止").WithButtons("请假");
        branch.Zhang.Send("近期安排 党员大会").ExpectReply("你近期有 1 次党员大会").WithButtons();
    }

    [Fact]
    public async Task Upcoming_with_nothing_ahead_says_so()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Zhang.Send("近期安排").ExpectReply("你近期没有需要参加的会议");
    }

    [Fact]
    public async Task Cancel_without_a_number_lists_the_meetings_then_confirms_and_tells_the_audience()
    {
        await using var bot = new BotHarness();
        var branch = WithTwoMeetings(bot);
        branch.Secretary.Send("取消会议").ExpectReply("要取消哪一次会议")
            .WithButtons("1. 11月25日（星期三）14:00 党员大会「学习二十大精神」", "2. 12月3日（星期四）15:00 党课「党章学习」")
            .Send("2").ExpectReply("确认取消12月3日（星期四）15:00 党课「党章学习」吗").WithButtons("确认取消", "不取消")
            .Send("确认取消").ExpectReply("已取消：12月3日（星期四）15:00 党课「党章学习」。\n已通知 3 人");
        branch.Zhang.ExpectNotification("【会议取消】原定12月3日（星期四）15:00 党课「党章学习」已取消");
        var left = await bot.Services.GetRequiredService<MeetingService>().ListUpcomingAsync(10, CancellationToken.None);
        Assert.Equal(MeetingKind.GeneralMeeting, Assert.Single(left).Kind);
    }

    [Theory]
    [InlineData("取消会议 12月3日党课")]
    [InlineData("取消会议 12月3日的党课")]
    [InlineData("取消会议 12月3日")]
    public async Task Cancel_naming_the_day_and_kind_of_one_meeting_ahead_confirms_that_one_without_a_list(string typed)
    {
        await using var bot = new BotHarness();
        var branch = WithTwoMeetings(bot);
        branch.Secretary.Send(typed).ExpectReply("确认取消12月3日（星期四）15:00 党课「党章学习」吗")
            .Send("不取消").ExpectReply("会议保持不变");
    }

    [Fact]
    public async Task Cancel_naming_a_day_with_no_meeting_lists_the_meetings()
    {
        await using var bot = new BotHarness();
        var branch = WithTwoMeetings(bot);
        branch.Secretary.Send("取消会议 12月4日党课").ExpectReply("要取消哪一次会议");
    }

    [Fact]
    public async Task Cancel_with_a_number_can_be_called_off()
    {
        await using var bot = new BotHarness();
        var branch = WithTwoMeetings(bot);
        branch.Secretary.Send("取消会议 1").ExpectReply("确认取消11月25日（星期三）14:00 党员大会")
            .Send("不取消").ExpectReply("会议保持不变");
        branch.Zhang.ExpectNoMoreReplies();
        Assert.Equal(2, (await bot.Services.GetRequiredService<MeetingService>().ListUpcomingAsync(10, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Cancel_with_nothing_ahead_says_so()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("取消会议").ExpectReply("近期没有尚未召开的会议");
    }

    [Fact]
    public async Task Edit_in_one_line_confirms_changes_and_tells_the_audience()
    {
        await using var bot = new BotHarness();
        var branch = WithTwoMeetings(bot);
        branch.Secretary.Send("修改会议 2 地点 五楼报告厅").ExpectReply("将把12月3日（星期四）15:00 党课「党章学习」的地点由「党员活动室」改为「五楼报告厅」")
            .Send("确认").ExpectReply("已修改：12月3日（星期四）15:00 党课「党章学习」（地点：五楼报告厅）");
        branch.Zhang.ExpectNotification("【会议变更】原定12月3日（星期四）15:00 党课「党章学习」有变化：\n地点：党员活动室 → 五楼报告厅\n如不能参加");
        Assert.DoesNotContain("时间：", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("主题：", branch.Zhang.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_notice_says_only_what_changed_from_and_to()
    {
        await using var bot = new BotHarness();
        var branch = WithTwoMeetings(bot);
        branch.Secretary.Send("修改会议 2 时间 12月4日下午3点").ExpectReply("改为「12月4日（星期五）15:00」").Send("确认").ExpectReply("已修改");
        branch.Li.ExpectNotification("有变化：\n时间：12月3日（星期四）15:00 → 12月4日（星期五）15:00\n如不能参加").WithButtons("请假", "近期安排");
        Assert.DoesNotContain("地点：", branch.Li.LastReplyText, StringComparison.Ordinal);

        branch.Secretary.Send("修改会议 2 主题 学习新党章").ExpectReply("学习新党章").Send("确认").ExpectReply("已修改");
        branch.Li.ExpectNotification("有变化：\n主题：党章学习 → 学习新党章\n如不能参加");
    }

    [Fact]
    public async Task A_change_inside_the_check_in_window_carries_the_check_in_line_in_the_same_notice()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.At(13, 40);
        branch.Secretary.Send("修改会议 1 地点 五楼报告厅").ExpectReply("五楼报告厅").Send("确认").ExpectReply("已修改");
        branch.Zhang.ExpectNotification("地点：三楼会议室 → 五楼报告厅\n签到已开始，14:30截止，到场后请点「签到」。").WithButtons("签到", "请假", "近期安排");
    }

    [Fact]
    public async Task Edit_without_arguments_asks_for_meeting_field_and_time()
    {
        await using var bot = new BotHarness();
        var branch = WithTwoMeetings(bot);
        branch.Secretary.Send("修改会议").ExpectReply("要修改哪一次会议")
            .Send("2").ExpectReply("要修改哪一项").WithButtons("时间", "地点", "主题")
            .Send("时间").ExpectReply("改到什么时候")
            .Send("昨天下午3点").ExpectReply("已经过去了")
            .Send("12月4日下午3点").ExpectReply("的时间由「12月3日（星期四）15:00」改为「12月4日（星期五）15:00」")
            .Send("确认").ExpectReply("已修改：12月4日（星期五）15:00 党课");
        branch.Li.ExpectNotification("时间：12月3日（星期四）15:00 → 12月4日（星期五）15:00");
    }

    [Fact]
    public async Task A_bare_time_after_the_number_changes_the_time()
    {
        await using var bot = new BotHarness();
        var branch = WithTwoMeetings(bot);
        branch.Secretary.Send("修改会议 1 明天下午3点").ExpectReply("改为「11月26日（星期四）15:00」");
        Assert.Contains("的时间由「", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_may_not_cancel_or_edit_meetings()
    {
        await using var bot = new BotHarness();
        var branch = WithTwoMeetings(bot);
        branch.Zhang.Send("取消会议 1").ExpectReply("只有书记、副书记和支委可以使用「取消会议」");
        branch.Zhang.Send("修改会议 1 地点 二楼").ExpectReply("只有书记、副书记和支委可以使用「修改会议」");
    }

    [Fact]
    public async Task Minutes_are_stored_for_the_latest_meeting_that_has_started()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("会议记录 学习了二十大精神").ExpectReply("还没有已召开的会议");
        branch.GeneralMeetingToday();
        branch.At(16, 0);
        branch.Secretary.Send("会议记录 学习了二十大精神，讨论了明年计划").ExpectReply("已保存11月25日（星期三）14:00 党员大会「学习二十大精神」的会议记录（16字）");
        var meeting = Assert.Single(await bot.Services.GetRequiredService<MeetingService>().ListRecentAsync(5, CancellationToken.None));
        Assert.Equal("学习了二十大精神，讨论了明年计划", meeting.Minutes);
    }

    [Fact]
    public async Task Minutes_without_content_ask_for_it()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.At(16, 0);
        branch.Secretary.Send("会议记录").ExpectReply("请输入11月25日（星期三）14:00 党员大会「学习二十大精神」的会议记录内容")
            .Send("传达上级精神").ExpectReply("已保存");
        branch.Secretary.ExpectNotification("【会议记录】"); // the 书记 did not sign in either
        branch.Secretary.Send("会议记录 5 内容").ExpectReply("没有序号 5");
    }
}
