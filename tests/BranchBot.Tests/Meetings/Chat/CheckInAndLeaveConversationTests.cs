using BranchBot.Core.Meetings;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Meetings.Chat;

/// <summary>The clock starts on Wednesday 2026-11-25 at 10:00 in Beijing; the meeting is at 14:00 that day.</summary>
public class CheckInAndLeaveConversationTests
{
    [Fact]
    public async Task Checking_in_inside_the_window_names_the_meeting()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.At(13, 40);
        branch.Zhang.Send("签到").ExpectReply("签到成功：11月25日（星期三）14:00 党员大会「学习二十大精神」");
    }

    [Theory]
    [InlineData("同意")]
    [InlineData("不批准")]
    public async Task A_bare_decision_word_lists_the_waiting_requests_and_decides_nothing(string word)
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Secretary.Send(word).ExpectReply("没有理解");
        branch.Zhang.Send("请假 孩子生病了").ExpectReply("已提交请假申请");
        branch.Secretary.ExpectNotification("【请假申请");

        branch.Secretary.Send(word).ExpectReply("待审批的请假申请 1 条");
        Assert.Contains("原因：孩子生病了", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send(word).ExpectReply("待审批的请假申请 1 条");
        branch.Zhang.Send("近期安排").ExpectReply("请假待审批");
    }

    [Theory]
    [InlineData("我的请假呢")]
    [InlineData("我的请假怎么样了")]
    [InlineData("请假有结果了吗")]
    [InlineData("那个假有消息没")]
    [InlineData("之前请的假还没批吗")]
    [InlineData("请假批下来没有")]
    [InlineData("我的假咋还没批")]
    public async Task Asking_after_ones_own_leave_in_words_shows_its_state(string words)
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Zhang.Send("请假 孩子生病了").ExpectReply("已提交请假申请");

        branch.Zhang.Send(words).ExpectReply("请假待审批");
    }

    [Fact]
    public async Task Saying_one_may_be_late_explains_that_no_leave_is_needed_and_offers_each_button_once()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Zhang.Send("这周的会我可能要晚点到 堵车").ExpectReply("晚一点到不用请假");
        var titles = branch.Zhang.LastReply!.SuggestedActions!.Actions.Select(a => a.Title).ToList();
        Assert.Equal(titles.Distinct().Count(), titles.Count);
        Assert.Contains("近期安排", titles);
    }

    [Theory]
    [InlineData("批了吧")]
    [InlineData("那就同意吧")]
    [InlineData("行，批准吧")]
    public async Task A_softened_decision_word_lists_the_waiting_request_with_its_buttons(string words)
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Zhang.Send("请假 孩子生病了").ExpectReply("已提交请假申请");
        branch.Secretary.ExpectNotification("【请假申请");

        branch.Secretary.Send(words).ExpectReply("待审批的请假申请 1 条");
        branch.Zhang.Send("近期安排").ExpectReply("请假待审批");
    }

    [Theory]
    [InlineData("请假情况")]
    [InlineData("请假 怎么请")]
    [InlineData("请假审批情况？")]
    [InlineData("请假 批下来没有")]
    [InlineData("请假 还没批呢")]
    public async Task A_question_about_leave_is_answered_and_submits_no_leave(string question)
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Zhang.Send(question).ExpectReply("自己每次会议的状态").WithButtons("近期安排", "帮助 请假")
            .Send("近期安排").ExpectReply("待参加");
    }

    [Fact]
    public async Task A_leader_asking_how_leave_works_is_told_where_requests_wait()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Secretary.Send("请假 怎么请").ExpectReply("待审批的请假申请请点「批准请假」查看").WithButtons("批准请假", "近期安排", "帮助 请假")
            .Send("批准请假").ExpectReply("目前没有待审批的请假申请");
    }

    [Theory]
    [InlineData("请假审批")]
    [InlineData("请假情况")]
    [InlineData("请假名单？")]
    [InlineData("请假审批情况？")]
    public async Task A_leader_asking_for_leave_in_general_sees_the_waiting_requests(string words)
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Secretary.Send(words).ExpectReply("目前没有待审批的请假申请");
        branch.Zhang.Send("请假 孩子生病了").ExpectReply("已提交请假申请");
        branch.Secretary.ExpectNotification("【请假申请");

        branch.Secretary.Send(words).ExpectReply("待审批的请假申请 1 条");
        Assert.StartsWith("批准请假 ", branch.Secretary.LastReply!.SuggestedActions!.Actions[0].Title!, StringComparison.Ordinal);
        branch.Secretary.Send("近期安排").ExpectReply("待参加");
    }

    [Fact]
    public async Task A_list_position_instead_of_the_request_number_is_asked_back_and_decides_nothing()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Zhang.Send("请假 孩子生病了").ExpectReply("已提交请假申请");
        branch.Secretary.ExpectNotification("【请假申请");

        branch.Secretary.Send("不批准请假 1").ExpectReply("列表第 1 条是 [");
        Assert.Contains("张三", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        var button = Assert.Single(branch.Secretary.LastReply!.SuggestedActions!.Actions).Title!;
        Assert.Matches(@"^不批准请假 \d{4}$", button);
        branch.Zhang.ExpectNoMoreReplies();
        branch.Zhang.Send("近期安排").ExpectReply("请假待审批");

        branch.Secretary.Send(button).ExpectReply("已不批准张三在");
        branch.Zhang.ExpectNotification("请假未获批准");
    }

    [Fact]
    public async Task Checking_in_twice_says_it_is_already_done()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.At(13, 40);
        branch.Zhang.Send("签到").ExpectReply("签到成功")
            .Send("签到").ExpectReply("你已经签到过了").ExpectNoMoreReplies();
        Assert.Contains("签到时间 ", branch.Zhang.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checking_in_before_the_window_opens_says_when_it_opens()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.At(13, 0);
        branch.Zhang.Send("签到").ExpectReply("现在还不能签到");
        Assert.Contains("13:30", branch.Zhang.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checking_in_after_the_window_closed_is_refused()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.At(14, 45);
        branch.Zhang.Send("签到").ExpectReply("签到已于14:30结束");
    }

    [Fact]
    public async Task Checking_in_early_while_another_groups_window_is_open_says_when_ones_own_opens()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Arranged("安排 党小组会 今天下午2点 第二党小组 二楼", branch.Zhao);
        branch.Arranged("安排 党员大会 今天下午3点 三楼会议室 学习党章", branch.Zhang, branch.Li, branch.Zhao);
        branch.At(13, 45);

        branch.Zhang.Send("签到").ExpectReply("现在开放签到的是11月25日（星期三）14:00 党小组会");
        Assert.Contains("你的下一次会议是11月25日（星期三）15:00 党员大会「学习党章」，签到将于14:30开放", branch.Zhang.LastReplyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("我签到了吗")]
    [InlineData("我签到了没有？")]
    [InlineData("我刚才签上了没")]
    [InlineData("我签到成功了吗")]
    public async Task A_member_asking_whether_they_signed_in_is_shown_their_own_status(string question)
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.At(13, 40);
        branch.Zhang.Send("签到").ExpectReply("签到成功");

        branch.Zhang.Send(question).ExpectReply("14:00–16:00 党员大会");
        Assert.Contains("已签到", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send(question).ExpectReply("14:00–16:00 党员大会");
        Assert.Contains("可以签到了", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("张三签到了吗").ExpectReply("签到情况");
    }

    [Fact]
    public async Task Without_any_meeting_there_is_nothing_to_check_in_to()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Zhang.Send("签到").ExpectReply("现在没有可以签到的会议");
    }

    [Fact]
    public async Task A_meeting_with_a_code_needs_the_right_code()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 党员大会 今天下午2点 签到码：8848 三楼会议室").ExpectReply("签到码：8848")
            .Send("确认").ExpectReply("已安排");
        branch.At(14, 5);
        branch.Zhang.ExpectNotification("【会议通知】").Send("签到").ExpectReply("需要签到码")
            .Send("签到 1234").ExpectReply("签到码不正确")
            .Send("签到 8848").ExpectReply("签到成功");
    }

    [Fact]
    public async Task A_meeting_kind_after_check_in_names_the_meeting_not_a_code()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Arranged("安排 党课 今天14:10 二楼 学习党章", branch.Zhang, branch.Li, branch.Zhao);
        branch.At(13, 45);

        // Both windows are open; the 党员大会 starts nearer, and "党课" was taken for a code and ignored.
        branch.Zhang.Send("签到 党课").ExpectReply("签到成功：11月25日（星期三）14:10 党课");
        branch.Zhang.Send("签到 支委会").ExpectReply("没有找到你要参加的「支委会」，所以没有签到");
        branch.Zhang.Send("签到 党员大会").ExpectReply("签到成功：11月25日（星期三）14:00 党员大会");
    }

    [Fact]
    public async Task A_named_meeting_with_a_code_takes_the_rest_as_the_code_and_a_closed_one_is_not_swapped()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Arranged("安排 党课 今天下午2点 签到码：8848 三楼会议室 学习党章", branch.Zhang, branch.Li, branch.Zhao);
        branch.Arranged("安排 党员大会 今天下午5点 三楼会议室 学习二十大精神", branch.Zhang, branch.Li, branch.Zhao);
        branch.At(14, 5);

        branch.Zhang.Send("签到 党课").ExpectReply("需要签到码")
            .Send("签到 党课 8848").ExpectReply("签到成功：11月25日（星期三）14:00 党课");
        branch.Li.Send("签到 党员大会").ExpectReply("现在还不能签到");
        Assert.Contains("党员大会", branch.Li.LastReplyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("到")]
    [InlineData("已到")]
    [InlineData("我已经到会议室了")]
    [InlineData("我到会场了")]
    public async Task Saying_one_has_arrived_while_the_window_is_open_is_offered_as_check_in(string words)
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.At(13, 40);
        // The button names the meeting open for check-in (issue 13: "我到了" was offered as a bare 签到).
        branch.Zhang.Send(words).ExpectReply("你是想「签到 11月25日党员大会」吗？").WithButtons("签到 11月25日党员大会")
            .Send("签到 11月25日党员大会").ExpectReply("签到成功：11月25日（星期三）14:00 党员大会");
    }

    [Theory]
    [InlineData("到")]
    [InlineData("已到")]
    public async Task A_bare_present_is_no_check_in_while_no_window_is_open(string words)
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.At(10, 0);
        branch.Zhang.Send(words).ExpectReplyNotContaining(string.Empty, "你是想「签到」");
    }

    [Theory]
    [InlineData("下午那个会我晚点到")]
    [InlineData("党员大会我可能会迟到十分钟")]
    [InlineData("今天的会我晚一点过来")]
    public async Task Coming_late_is_explained_as_check_in_on_arrival_and_never_offered_as_leave(string words)
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Zhang.Send(words).ExpectReply("晚一点到不用请假").WithButtons("到会场后点这里签到", "告诉书记我会晚到", "近期安排");
        Assert.DoesNotContain("请假 ", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        branch.Zhang.Send("近期安排").ExpectReply("待参加");
        branch.Secretary.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Telling_the_secretary_one_will_be_late_passes_on_the_members_words_once_and_asks_no_leave()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Zhang.Send("下午那个会我可能要晚到半小时 堵车").ExpectReply("晚一点到不用请假")
            .Press("告诉书记我会晚到").ExpectReply("已告诉书记你会晚一点到：11月25日（星期三）14:00 党员大会").WithButtons("签到", "近期安排");
        branch.Secretary.ExpectNotification("【晚到】张三会晚一点到11月25日（星期三）14:00 党员大会「学习二十大精神」，原话：「下午那个会我可能要晚到半小时 堵车」。");

        // Pressed again: the 书记 is not told twice, and the member is still expected (no leave was asked).
        branch.Zhang.Send("晚到 下午那个会我可能要晚到半小时 堵车").ExpectReply("已告诉书记你会晚一点到");
        branch.Secretary.ExpectNoMoreReplies();
        branch.Zhang.Send("近期安排").ExpectReply("待参加");
    }

    [Fact]
    public async Task Late_to_a_meeting_one_has_asked_leave_for_says_to_withdraw_the_leave_first_and_tells_no_one()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Zhang.Send("请假 孩子生病了").ExpectReply("已提交请假申请");
        branch.Secretary.ExpectNotification("【请假申请");

        branch.Zhang.Send("晚到").ExpectReply("你已经为11月25日（星期三）14:00 党员大会「学习二十大精神」请了假").WithButtons("撤销请假", "近期安排");
        branch.Secretary.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Late_with_no_meeting_ahead_tells_no_one()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Zhang.Send("晚到").ExpectReply("你近期没有要参加的会议");
        branch.Secretary.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task With_two_windows_open_the_member_is_asked_which()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Arranged("安排 党小组会 今天下午2点 第一党小组 二楼", branch.Zhang, branch.Li);
        branch.At(13, 45);
        branch.Zhang.Send("签到").ExpectReply("你要签到的是哪一个");
        Assert.Equal(2, branch.Zhang.LastReply!.SuggestedActions!.Actions.Count);
        branch.Zhang.Send("2").ExpectReply("签到成功");
        branch.Zhao.Send("签到").ExpectReply("签到成功：11月25日（星期三）14:00 党员大会");
    }

    [Fact]
    public async Task Checking_in_again_with_two_windows_open_leaves_out_the_meeting_already_signed_in_to()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Arranged("安排 党小组会 今天下午2点 第一党小组 二楼", branch.Zhang, branch.Li);
        branch.At(13, 45);
        branch.Zhang.Send("签到").ExpectReply("你要签到的是哪一个");
        var general = branch.Zhang.LastReply!.SuggestedActions!.Actions.Single(a => a.Title!.Contains("党员大会", StringComparison.Ordinal)).Title!;
        branch.Zhang.Send(general).ExpectReply("签到成功：11月25日（星期三）14:00 党员大会");

        branch.Zhang.Send("签到").ExpectReply("（已签到：11月25日（星期三）14:00 党员大会「学习二十大精神」，不再列出）");
        Assert.Contains("要签到的是下面这个会议吗", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("有几个会议", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        var offered = branch.Zhang.LastReply!.SuggestedActions!.Actions;
        Assert.Equal("1. 11月25日（星期三）14:00 党小组会", Assert.Single(offered).Title);
        branch.Zhang.Send("1").ExpectReply("签到成功：11月25日（星期三）14:00 党小组会");
        branch.Zhang.Send("签到").ExpectReply("你已经签到过了").ExpectNoMoreReplies();
    }

    [Theory]
    [InlineData("不是")]
    [InlineData("不用了")]
    [InlineData("不请了")]
    [InlineData("不用了谢谢")]
    [InlineData("不用了，谢谢")]
    public async Task A_short_no_at_the_meeting_picker_drops_the_leave_and_asks_nothing_again(string typed)
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Arranged("安排 党课 12月3日下午3点 党员活动室 党章学习", branch.Zhang, branch.Li, branch.Zhao);
        branch.Zhang.Send("请假 出差").ExpectReply("要请假的是哪一次")
            .Send(typed).ExpectReply("刚才等你回答的操作已放下，没有执行。")
            .Send("1").ExpectReplyNotContaining(string.Empty, "已提交请假申请");
        branch.Secretary.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task A_question_at_the_meeting_picker_is_answered_and_the_leave_is_dropped()
    {
        // "我可不可以不去过组织生活" at "要请假的是哪一次？" was met with the same question again.
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Arranged("安排 党课 12月3日下午3点 党员活动室 党章学习", branch.Zhang, branch.Li, branch.Zhao);
        branch.Zhang.Send("请假 出差").ExpectReply("要请假的是哪一次")
            .Send("我可不可以不去过组织生活").ExpectReply("刚才等你回答的操作已放下，没有执行。")
            .ExpectReplyNotContaining(string.Empty, "要请假的是哪一次");
        branch.Secretary.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Leave_again_leaves_out_the_meeting_already_asked_and_says_so_when_none_is_left()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Arranged("安排 党课 12月3日下午3点 党员活动室 党章学习", branch.Zhang, branch.Li, branch.Zhao);
        branch.Zhang.Send("请假 出差").ExpectReply("要请假的是哪一次")
            .Send("1").ExpectReply("已提交请假申请：11月25日（星期三）14:00 党员大会");
        branch.Secretary.ExpectNotification("张三申请不参加");

        branch.Zhang.Send("请假 出差").ExpectReply("（请假待审批：11月25日（星期三）14:00 党员大会「学习二十大精神」，不再列出）");

        // "你近期有几次会议，要请假的是哪一次？" above a single button.
        Assert.Contains("要请假的是下面这次会议吗", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("有几次会议", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        Assert.Equal("1. 12月3日（星期四）15:00 党课「党章学习」", Assert.Single(branch.Zhang.LastReply!.SuggestedActions!.Actions).Title);
        branch.Zhang.Send("1").ExpectReply("已提交请假申请：12月3日（星期四）15:00 党课");
        branch.Secretary.ExpectNotification("张三申请不参加");

        branch.Zhang.Send("请假 出差").ExpectReply("你近期的会议都已签到或请过假，无需再请假").ExpectNoMoreReplies();
        Assert.Contains("12月3日（星期四）15:00 党课「党章学习」（请假待审批）", branch.Zhang.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_leave_request_reaches_the_secretary_and_approval_reaches_the_member()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Zhang.Send("请假 出差在外").ExpectReply("已提交请假申请：11月25日（星期三）14:00 党员大会");
        branch.Secretary.ExpectNotification("张三申请不参加11月25日（星期三）14:00 党员大会");
        Assert.Contains("原因：出差在外", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        var approve = branch.Secretary.LastReply!.SuggestedActions!.Actions[0].Title!;
        Assert.StartsWith("批准请假 ", approve, StringComparison.Ordinal);
        Assert.StartsWith("不批准请假 ", branch.Secretary.LastReply.SuggestedActions.Actions[1].Title!, StringComparison.Ordinal);

        branch.Secretary.Send(approve).ExpectReply("已批准张三在11月25日（星期三）14:00 党员大会「学习二十大精神」的请假。已通知张三");
        branch.Zhang.ExpectNotification("请假已获批准");
        branch.Zhang.Send("近期安排").ExpectReply("请假已批准");
        branch.Secretary.Send(approve).ExpectReply("没有编号或姓名");
    }

    [Fact]
    public async Task A_denied_leave_is_told_to_the_member()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Li.Send("请假 家里有事").ExpectReply("已提交请假申请");
        branch.Secretary.ExpectNotification("李四申请不参加");
        var deny = branch.Secretary.LastReply!.SuggestedActions!.Actions[1].Title!;
        branch.Secretary.Send(deny).ExpectReply("已不批准李四");
        branch.Li.ExpectNotification("请假未获批准").ExpectNoMoreReplies();
        branch.Li.Send("近期安排").ExpectReply("请假未批准");
    }

    [Fact]
    public async Task A_decision_typed_with_a_reason_after_the_number_reaches_the_member_with_it()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Li.Send("请假 出差").ExpectReply("已提交请假申请");
        branch.Secretary.ExpectNotification("李四申请不参加");
        var number = branch.Secretary.LastReply!.SuggestedActions!.Actions[1].Title!.Split(' ')[1];

        branch.Secretary.Send($"不批准请假 {number} 党员大会很重要，请调整出差时间").ExpectReply("已不批准李四");
        Assert.Contains("审批意见：党员大会很重要，请调整出差时间", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Li.ExpectNotification("请假未获批准");
        Assert.Contains("审批意见：党员大会很重要，请调整出差时间", branch.Li.LastReplyText, StringComparison.Ordinal);
        branch.Li.Send("近期安排").ExpectReply("请假未批准");
    }

    [Fact]
    public async Task A_question_or_another_command_at_the_leave_reason_is_answered_and_no_leave_is_filed()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();

        branch.Zhang.Send("请假").ExpectReply("请说明请假原因");
        branch.Zhang.Send("我这个月党费交多少").ExpectReply("刚才等你回答的操作已放下，没有执行。");
        branch.Zhang.ExpectReply("党费");
        branch.Zhang.Send("请假 党员大会").ExpectReply("请说明不能参加");
        branch.Zhang.Send("近期安排").ExpectReply("刚才等你回答的操作已放下").ExpectReply("近期有");
        branch.Secretary.ExpectNoMoreReplies();
        Assert.Empty(await bot.Services.GetRequiredService<AttendanceService>().ListPendingLeaveAsync(CancellationToken.None));

        branch.Zhang.Send("请假").ExpectReply("请说明请假原因").Send("要出差几天").ExpectReply("已提交请假申请");
        branch.Secretary.ExpectNotification("原因：要出差几天\n");
    }

    [Fact]
    public async Task Leave_for_the_meeting_named_in_the_sentence_needs_no_choice()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Arranged("安排 党课 明天下午3点 三楼 学习党章", branch.Zhang, branch.Li, branch.Zhao);

        branch.Zhang.Send("请假 明天的党课我出差去不了").ExpectReply("已提交请假申请：11月26日（星期四）15:00 党课");
        branch.Secretary.ExpectNotification("原因：我出差去不了\n");
        branch.Li.Send("请假 今天党员大会 身体不适").ExpectReply("已提交请假申请：11月25日（星期三）14:00 党员大会");
        branch.Secretary.ExpectNotification("原因：身体不适\n");
        branch.Zhao.Send("请假 党课").ExpectReply("请说明不能参加11月26日（星期四）15:00 党课「学习党章」的原因");
        branch.Secretary.ExpectNoMoreReplies();
        branch.Zhao.Send("孩子生病").ExpectReply("已提交请假申请：11月26日（星期四）15:00 党课");
        branch.Secretary.ExpectNotification("原因：孩子生病\n");
    }

    [Fact]
    public async Task Leave_naming_a_meeting_the_member_does_not_have_is_asked_about_not_moved_to_another()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();

        branch.Zhang.Send("请假 下周三的支委会 出差").ExpectReply("没有找到你要参加的「下周三支委会」");
        branch.Zhang.Send("请假 周五的党员大会").ExpectReply("没有找到你要参加的「周五党员大会」");

        // The button the intent layer offers for "周五下午我要加班来不了": the day names the meeting, not the trip.
        branch.Zhang.Send("请假 周五下午会议 加班").ExpectReply("没有找到你要参加的「周五下午会议」，所以没有提交请假");
        branch.Zhang.Send("请假 明天出差").ExpectReply("已提交请假申请：11月25日（星期三）14:00 党员大会");
    }

    [Fact]
    public async Task A_day_apart_from_the_meeting_kind_is_the_reasons_and_the_leave_is_for_that_kind()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();

        branch.Zhang.Send("请假 党员大会 明天出差").ExpectReply("已提交请假申请：11月25日（星期三）14:00 党员大会");
        branch.Secretary.ExpectNotification("原因：明天出差");
    }

    [Fact]
    public async Task Leave_without_a_reason_asks_for_it()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Zhang.Send("请假").ExpectReply("请说明请假原因")
            .Send("身体不适").ExpectReply("已提交请假申请");
        branch.Secretary.ExpectNotification("原因：身体不适");
    }

    [Fact]
    public async Task Leave_with_two_meetings_ahead_asks_which()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Arranged("安排 党课 12月3日下午3点 党员活动室 党章学习", branch.Zhang, branch.Li, branch.Zhao);
        branch.Zhang.Send("请假 出差").ExpectReply("要请假的是哪一次")
            .Send("2").ExpectReply("已提交请假申请：12月3日（星期四）15:00 党课「党章学习」");
    }

    [Fact]
    public async Task Approve_without_a_number_lists_pending_requests_with_buttons()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Secretary.Send("批准请假").ExpectReply("目前没有待审批的请假申请");
        branch.Zhang.Send("请假 出差").ExpectReply("已提交");
        branch.Secretary.ExpectNotification("请假申请");
        branch.Secretary.Send("批准请假").ExpectReply("待审批的请假申请 1 条");
        Assert.Contains("] 张三 · 11月25日（星期三）14:00 党员大会「学习二十大精神」 · 原因：出差", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("批准请假 张三").ExpectReply("已批准张三");
    }

    [Fact]
    public async Task A_member_may_not_approve_leave()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Zhang.Send("批准请假 1234").ExpectReply("只有书记、副书记和支委可以使用");
    }

    [Fact]
    public async Task Attendance_lists_attended_on_leave_and_absent_with_the_rate()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Li.Send("请假 出差").ExpectReply("已提交");
        branch.Secretary.ExpectNotification("请假申请");
        branch.Secretary.Send("批准请假 李四").ExpectReply("已批准");
        branch.Li.ExpectNotification("已获批准");
        branch.At(13, 50);
        branch.Zhang.Send("签到").ExpectReply("签到成功");
        branch.Secretary.Send("签到").ExpectReply("签到成功");
        branch.At(15, 0);

        branch.Secretary.Send("签到情况").ExpectReply("11月25日（星期三）14:00 党员大会「学习二十大精神」的签到情况");
        var text = branch.Secretary.LastReplyText;
        Assert.Contains("应到 5 人，实到 2 人，请假 1 人，缺席 2 人，出席率 50.0%（出席 2/4，请假 1 人不计入）", text, StringComparison.Ordinal);
        Assert.Contains("已签到（2）：张三、王书记", text, StringComparison.Ordinal);
        Assert.Contains("请假（1）：李四", text, StringComparison.Ordinal);
        Assert.Contains("缺席（2）：赵六、钱七", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attendance_during_check_in_shows_the_meeting_under_way_with_those_not_signed_in_yet()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Li.Send("请假 出差").ExpectReply("已提交");
        branch.Secretary.ExpectNotification("请假申请");
        branch.Secretary.Send("批准请假 李四").ExpectReply("已批准");
        branch.At(13, 40);
        branch.Zhang.Send("签到").ExpectReply("签到成功");

        branch.Secretary.Send("签到情况").ExpectReply("11月25日（星期三）14:00 党员大会「学习二十大精神」的签到情况（签到进行中）");
        var text = branch.Secretary.LastReplyText;
        Assert.Contains("应到 5 人，实到 1 人，请假 1 人，未签到 3 人，已签到 1/4，请假 1 人不计入", text, StringComparison.Ordinal);
        Assert.Contains("未签到（3）：王书记、赵六、钱七", text, StringComparison.Ordinal);
        Assert.DoesNotContain("缺席", text, StringComparison.Ordinal);

        branch.At(14, 20);
        branch.Secretary.Send("签到情况").ExpectReply("签到进行中");
        branch.At(14, 30);
        branch.Secretary.Send("签到情况").ExpectReply("缺席 3 人，出席率 25.0%（出席 1/4，请假 1 人不计入）");
        Assert.Contains("缺席（3）：王书记、赵六、钱七", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attendance_before_any_meeting_started_says_so()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Secretary.Send("签到情况").ExpectReply("还没有已召开的会议");
        branch.Secretary.Send("签到情况 3").ExpectReply("还没有已召开的会议");
    }

    [Fact]
    public async Task A_member_may_not_see_attendance()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Zhang.Send("签到情况").ExpectReply("只有书记、副书记和支委可以使用「签到情况」");
    }
}
