using BranchBot.Tests.Support;

namespace BranchBot.Tests.Meetings.Chat;

/// <summary>
/// 往期会议: a member's meetings already held, their own attendance and the minutes (for 补学 and "上次党课讲的啥");
/// the clock starts on Wednesday 2026-11-25 at 10:00 in Beijing.
/// </summary>
public class PastMeetingsConversationTests
{
    private const string Minutes = "传达了二十大精神，讨论了明年的学习计划";

    /// <summary>The 党员大会 at 14:00: 张三 signed in, 李四 did not, 赵六 on approved leave; minutes saved at 16:00.</summary>
    private static MeetingBranch HeldWithMinutes(BotHarness bot)
    {
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Zhao.Send("请假 出差").ExpectReply("已提交请假申请");
        branch.Secretary.ExpectNotification("【请假申请");
        branch.Secretary.Send(branch.Secretary.LastReply!.SuggestedActions!.Actions[0].Title!).ExpectReply("已批准");
        branch.Zhao.ExpectNotification("已获批准");
        branch.At(13, 50);
        branch.Zhang.Send("签到").ExpectReply("签到成功");
        branch.At(16, 0);
        branch.Secretary.Send($"会议记录 {Minutes}").ExpectReply("已保存");

        // Those who did not sign in get the minutes for their 补学: 李四 (absent), 赵六 (on leave), the 书记 here.
        branch.Li.ExpectNotification("【会议记录】2026年11月25日（星期三）14:00的党员大会（主题：学习二十大精神）的会议记录已录入。你没有参加这次会议，请据此补学：\n" + Minutes);
        branch.Zhao.ExpectNotification("【会议记录】");
        branch.Secretary.ExpectNotification("【会议记录】");
        branch.Zhang.ExpectNoMoreReplies();
        return branch;
    }

    [Fact]
    public async Task The_list_shows_each_meeting_with_ones_own_attendance_and_the_minutes()
    {
        await using var bot = new BotHarness();
        var branch = HeldWithMinutes(bot);
        branch.Zhang.Send("往期会议").ExpectReply("近一年你应参加的会议 1 次：出席 1，请假 0，缺席 0。")
            .WithButtons("往期会议 1");
        Assert.Contains("1. 11月25日（星期三）14:00 党员大会「学习二十大精神」 · 出席 · 记录：传达了二十大精神", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        branch.Zhao.Send("往期会议").ExpectReply("出席 0，请假 1，缺席 0");
        branch.Li.Send("往期会议").ExpectReply("出席 0，请假 0，缺席 1");
    }

    [Fact]
    public async Task One_meeting_in_full_tells_an_absentee_to_catch_up()
    {
        await using var bot = new BotHarness();
        var branch = HeldWithMinutes(bot);
        branch.Li.Send("往期会议 1").ExpectReply("11月25日（星期三）14:00 党员大会「学习二十大精神」\n地点：三楼会议室\n你的情况：缺席\n会议记录：\n" + Minutes + "\n你没有参加这次会议，请按要求补学。");
        branch.Zhang.Send("往期会议 1").ExpectReplyNotContaining("你的情况：出席", "补学");
    }

    [Fact]
    public async Task Without_minutes_it_says_who_to_ask()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.At(16, 0);
        branch.Zhang.Send("往期会议").ExpectReply("缺席 1");
        Assert.Contains("暂无会议记录", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        branch.Zhang.Send("往期会议 1").ExpectReply("会议记录：支部还没有录入。想了解会议内容，可以问书记或党小组长。");
    }

    [Fact]
    public async Task A_meeting_under_way_is_not_yet_an_absence()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.At(14, 10);
        branch.Li.Send("往期会议").ExpectReply("近一年你应参加的会议 0 次");
        Assert.Contains("进行中，未签到", branch.Li.LastReplyText, StringComparison.Ordinal);
        branch.Li.Send("往期会议 1").ExpectReplyNotContaining("你的情况：进行中，未签到", "补学");
    }

    [Fact]
    public async Task Before_any_meeting_or_of_a_kind_not_held_it_says_so()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Zhang.Send("往期会议").ExpectReply("近一年还没有你应参加、已经召开的会议");
        branch.GeneralMeetingToday();
        branch.At(16, 0);
        branch.Zhang.Send("往期会议 党课").ExpectReply("近一年还没有你应参加、已经召开的党课");
    }

    [Fact]
    public async Task A_meeting_held_before_the_member_was_added_is_not_counted_as_theirs()
    {
        await using var bot = new BotHarness();
        var branch = HeldWithMinutes(bot);
        var newcomer = bot.JoinedMember(branch.Secretary, "sun", "孙八", "第一党小组");
        newcomer.Send("往期会议").ExpectReply("近一年还没有你应参加、已经召开的会议");
    }

    [Fact]
    public async Task A_number_out_of_range_or_an_unread_word_is_said_with_the_list()
    {
        await using var bot = new BotHarness();
        var branch = HeldWithMinutes(bot);
        branch.Zhang.Send("往期会议 5").ExpectReply("没有序号 5，你近一年的会议共 1 次");
        Assert.Contains("1. 11月25日", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        branch.Zhang.Send("往期会议 abc").ExpectReply("「abc」不是序号或会议类型");
        Assert.Contains("1. 11月25日", branch.Zhang.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Committee_meetings_and_their_minutes_are_shown_only_to_their_audience()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).WithCommitteeMember("赵六");
        branch.Arranged("安排 支委会 今天上午11点 支部办公室 研究发展对象", branch.Zhao);
        branch.At(13, 0);
        branch.Secretary.Send("会议记录 讨论了两名发展对象的政审情况").ExpectReply("已保存");
        branch.Zhao.ExpectNotification("【会议记录】");
        branch.Secretary.ExpectNotification("【会议记录】");
        branch.Zhang.ExpectNoMoreReplies();
        branch.Zhao.Send("往期会议").ExpectReply("支委会「研究发展对象」");
        Assert.Contains("政审", branch.Zhao.LastReplyText, StringComparison.Ordinal);
        branch.Zhang.Send("往期会议").ExpectReplyNotContaining("近一年还没有你应参加", "政审");
    }

    [Fact]
    public async Task Numbers_in_a_list_of_one_kind_count_within_that_kind()
    {
        await using var bot = new BotHarness();
        var branch = HeldWithMinutes(bot);
        branch.Arranged("安排 党课 12月3日下午3点 党员活动室 党章学习", branch.Zhang, branch.Li, branch.Zhao);
        bot.Clock.Advance(TimeSpan.FromDays(8) + TimeSpan.FromHours(2));
        branch.Zhang.Send("往期会议").ExpectReply("1. 12月3日（星期四）15:00 党课");
        Assert.Contains("2. 11月25日", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        branch.Zhang.Send("往期会议 党员大会 1").ExpectReply("11月25日（星期三）14:00 党员大会");
        branch.Zhang.Send("往期会议 党员大会").ExpectReply("11月25日（星期三）14:00 党员大会");
        Assert.Contains("会议记录：", branch.Zhang.LastReplyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("上次开会讲了什么")]
    [InlineData("上次党员大会的内容")]
    [InlineData("我没去的那次会说了啥")]
    [InlineData("我上次没去，要补学什么")]
    [InlineData("上回大会讲的啥")]
    [InlineData("我想看看上次会议记录")]
    [InlineData("把上次会议的内容发我一下")]
    public async Task Asking_what_a_past_meeting_covered_shows_its_minutes(string question)
    {
        await using var bot = new BotHarness();
        var branch = HeldWithMinutes(bot);
        branch.Li.Send(question).ExpectReply("你的情况：缺席\n会议记录：\n" + Minutes);
    }

    [Theory]
    [InlineData("昨天的会学了些啥")]
    [InlineData("往期会议 昨天")]
    [InlineData("11月25号开的会讲了什么")]
    public async Task A_day_named_picks_the_meeting_held_that_day(string question)
    {
        await using var bot = new BotHarness();
        var branch = HeldWithMinutes(bot);
        bot.Clock.Advance(TimeSpan.FromDays(1));
        branch.Li.Send(question).ExpectReply("11月25日（星期三）14:00 党员大会「学习二十大精神」\n地点：三楼会议室");
        branch.Li.Send("往期会议 前天").ExpectReply("11月24日没有你应参加的会议");
    }

    [Fact]
    public async Task Two_meetings_on_the_day_named_are_listed_and_numbered_within_that_day()
    {
        await using var bot = new BotHarness();
        var branch = HeldWithMinutes(bot);
        branch.At(16, 10);
        branch.Arranged("安排 党小组会 今天下午4点半 第一党小组 交流学习体会", branch.Zhang, branch.Li);
        bot.Clock.Advance(TimeSpan.FromDays(1));
        branch.Zhang.Send("往期会议 昨天").ExpectReply("11月25日你应参加的会议 2 次：出席 1，请假 0，缺席 1。")
            .WithButtons("往期会议 1 11月25日", "往期会议 2 11月25日");
        Assert.Contains("1. 11月25日（星期三）16:30 党小组会", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        branch.Zhang.Send("往期会议 2 11月25日").ExpectReply("11月25日（星期三）14:00 党员大会「学习二十大精神」\n地点：三楼会议室\n你的情况：出席");
        branch.Zhang.Send("往期会议 党课").ExpectReply("近一年还没有你应参加、已经召开的党课");
        branch.Zhang.Send("往期会议 9 党小组会").ExpectReply("没有序号 9").WithButtons("往期会议 1 党小组会");
        Assert.Contains("近一年你应参加的党小组会 1 次", branch.Zhang.LastReplyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("会议纪要在哪看")]
    [InlineData("以前的会议记录在哪里能看")]
    [InlineData("我今年缺了几次会")]
    [InlineData("我的出勤情况")]
    [InlineData("我缺了哪些会")]
    [InlineData("我有没有缺过会")]
    [InlineData("我今年缺过会吗")]
    [InlineData("我的考勤")]
    [InlineData("补学要学哪些")]
    [InlineData("这个月开了几次会")]
    [InlineData("补学的内容在哪看")]
    [InlineData("我这个季度参加了几次会")]
    [InlineData("我这个月请了几次假")]
    [InlineData("我上个月开会缺了几次")]
    public async Task Asking_for_past_meetings_or_ones_attendance_shows_the_list(string question)
    {
        await using var bot = new BotHarness();
        var branch = HeldWithMinutes(bot);
        branch.Li.Send(question).ExpectReply("近一年你应参加的会议 1 次");
    }

    [Fact]
    public async Task A_member_typing_the_minutes_command_is_pointed_to_past_meetings()
    {
        await using var bot = new BotHarness();
        var branch = HeldWithMinutes(bot);
        branch.Li.Send("会议记录").ExpectReply("只有书记、副书记和支委可以使用「会议记录」。查看已召开会议的会议记录请发送「往期会议」。");
    }

    [Theory]
    [InlineData("党课一般讲什么")]
    [InlineData("下次党课讲什么")]
    [InlineData("会议记录怎么写")]
    public async Task Questions_about_rules_coming_meetings_or_writing_minutes_are_not_past_meetings(string question)
    {
        await using var bot = new BotHarness();
        var branch = HeldWithMinutes(bot);
        branch.Li.Send(question).ExpectReplyNotContaining(string.Empty, "近一年你应参加的会议");
        Assert.DoesNotContain("你的情况：", branch.Li.LastReplyText, StringComparison.Ordinal);
    }
}
