namespace BranchBot.Tests.Talks.Chat;

/// <summary>
/// The branch needs 5 talks a year: 王书记 with 李四 (支委之间), and each of them with 张三 and 赵六 (支委与党员);
/// 党员之间 is not tracked by default.
/// </summary>
public class CoverageAndPlanConversationTests
{
    [Fact]
    public async Task Coverage_counts_each_pair_type_and_lists_whom_each_member_still_has_to_talk_with()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("记录谈心 王书记 交流了学习体会").ExpectReply("已记录");
        branch.Secretary.ExpectNotification("【谈心记录】");

        branch.Secretary.Send("谈心情况").ExpectReply("2026年谈心谈话情况：要求 5 对，已完成 1 对");
        var report = branch.Secretary.LastReplyText;
        Assert.Contains("• 支委之间：0/1 对，还差 1 对", report, StringComparison.Ordinal);
        Assert.Contains("• 支委与党员：1/4 对，还差 3 对", report, StringComparison.Ordinal);
        Assert.Contains("• 王书记：李四、赵六", report, StringComparison.Ordinal);
        Assert.Contains("• 李四：王书记、张三、赵六", report, StringComparison.Ordinal);
        Assert.Contains("• 张三：李四", report, StringComparison.Ordinal);
        Assert.Contains("• 赵六：王书记、李四", report, StringComparison.Ordinal);
        Assert.Contains("发送「谈心安排」", report, StringComparison.Ordinal);

        branch.Li.Send("谈心情况 2026年").ExpectReplyNotContaining("已完成 1 对", "谈心安排");
        branch.Secretary.Send("谈心情况 2025").ExpectReply("2025年谈心谈话情况：要求 5 对，已完成 0 对");
        branch.Secretary.Send("谈心情况 2030").ExpectReply("年份不对");
        branch.Secretary.Send("谈心情况 第三季度").ExpectReply("没有看懂「第三季度」是哪一年");
    }

    [Fact]
    public async Task Ordinary_members_cannot_see_coverage_or_plan_talks()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心情况").ExpectReply("只有书记、副书记和支委可以使用「谈心情况」");
        branch.Li.Send("谈心安排").ExpectReply("只有支部书记可以使用「谈心安排」");
        branch.Zhang.Send("必访任务").ExpectReply("只有支部书记可以使用「必访任务」");
        branch.Li.Send("完成必访 1").ExpectReply("只有支部书记可以使用「完成必访」");
        branch.Zhang.Send("访问日志").ExpectReply("只有支部书记可以使用「访问日志」");
    }

    [Fact]
    public async Task Planning_shows_a_summary_then_stores_the_plan_and_tells_each_side_whom_to_talk_with_by_when()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("记录谈心 王书记 交流了学习体会").ExpectReply("已记录");
        branch.Secretary.ExpectNotification("【谈心记录】");

        branch.Secretary.Send("谈心安排").ExpectReply("2026年还有 4 对谈心谈话没有完成（支委之间 1 对、支委与党员 3 对），涉及 4 人").WithButtons("确认", "取消");
        Assert.Contains("最后一轮12月31日前完成", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Zhang.ExpectNoMoreReplies();

        branch.Secretary.Send("确认").ExpectReply("已保存谈心安排：4 对");
        var reply = branch.Secretary.LastReplyText;
        Assert.Contains("已通知 3 人和谁谈、什么时候前完成", reply, StringComparison.Ordinal);
        Assert.Contains("你自己的安排：", reply, StringComparison.Ordinal);
        Assert.Contains("• 和李四：", reply, StringComparison.Ordinal);
        Assert.Contains("• 和赵六：", reply, StringComparison.Ordinal);

        branch.Zhang.ExpectNotification("【谈心安排】").WithButtons("记录谈心");
        Assert.Contains("• 和李四：", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("和王书记", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        branch.Zhao.ExpectNotification("【谈心安排】");
        Assert.Contains("• 和王书记：", branch.Zhao.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("• 和李四：", branch.Zhao.LastReplyText, StringComparison.Ordinal);
        branch.Li.ExpectNotification("【谈心安排】");
        Assert.Contains("• 和王书记：", branch.Li.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("• 和张三：", branch.Li.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("• 和赵六：", branch.Li.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirming_the_plan_again_after_the_reply_was_lost_tells_each_member_once()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Secretary.Send("谈心安排").ExpectReply("2026年还有 5 对谈心谈话没有完成")
            .SendWhileChannelFails("确认")
            .Send("确认").ExpectReply("谈心安排已保存（5 次谈话），不会重复保存或重复通知。")
            .ExpectNoMoreReplies();

        branch.Zhang.ExpectNotification("【谈心安排】").ExpectNoMoreReplies();
        branch.Li.ExpectNotification("【谈心安排】").ExpectNoMoreReplies();
        branch.Zhao.ExpectNotification("【谈心安排】").ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Planning_twice_in_two_dialogs_plans_anew()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Secretary.Send("谈心安排").ExpectReply("还有 5 对").Send("确认").ExpectReply("已保存谈心安排：5 对")
            .Send("谈心安排").ExpectReply("还有 5 对").Send("确认").ExpectReply("已保存谈心安排：5 对");
    }

    [Fact]
    public async Task Declining_the_plan_stores_nothing_and_tells_nobody()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Secretary.Send("谈心安排").ExpectReply("还有 5 对")
            .Send("否").ExpectReply("没有保存安排");
        branch.Zhang.ExpectNoMoreReplies();
        branch.Li.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task A_fully_covered_year_needs_no_plan()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Secretary.Send("记录谈心 李四 支委分工").ExpectReply("已记录")
            .Send("记录谈心 张三 学习").ExpectReply("已记录")
            .Send("记录谈心 赵六 学习").ExpectReply("已记录");
        branch.Li.ExpectNotification("【谈心记录】王书记").Send("记录谈心 张三 学习").ExpectReply("已记录")
            .Send("记录谈心 赵六 学习").ExpectReply("已记录");

        branch.Secretary.Send("谈心情况").ExpectReply("要求的谈心谈话已全部完成");
        branch.Secretary.Send("谈心安排").ExpectReply("2026年要求的谈心谈话都已完成，无需再安排");
    }
}
