namespace BranchBot.Tests.Talks.Chat;

public class RecordAccessConversationTests
{
    [Fact]
    public async Task A_member_sees_their_own_records_and_feedback()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Li.Send("记录谈心 张三 谈了学习情况").ExpectReply("已记录");
        branch.Zhang.ExpectNotification("【谈心记录】李四");
        FeedbackConversationTests.AnswerAll(branch.Zhang, "在读党史", "跳过", "跳过", "跳过");
        branch.Zhang.Send("确认提交").ExpectReply("谈心内容已经提交");

        branch.Zhang.Send("谈心记录").ExpectReply("你的谈心谈话记录：");
        var mine = branch.Zhang.LastReplyText;
        Assert.Contains("11月25日 面谈 李四—张三", mine, StringComparison.Ordinal);
        Assert.Contains("内容：谈了学习情况", mine, StringComparison.Ordinal);
        Assert.Contains("谈心反馈：1 次", mine, StringComparison.Ordinal);
        Assert.Contains("近期思想和学习情况：在读党史", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("访问日志", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_member_cannot_read_someone_elses_records_or_feedback()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Li.Send("记录谈心 张三 谈了学习情况").ExpectReply("已记录");
        branch.Zhang.ExpectNotification("【谈心记录】李四");
        FeedbackConversationTests.AnswerAll(branch.Zhang, "在读党史", "跳过", "跳过", "跳过");
        branch.Zhang.Send("确认提交").ExpectReply("谈心内容已经提交");

        branch.Zhao.Send("谈心记录 张三").ExpectReply("谈心内容只有谈话双方和支部书记可以查看，你不能查看张三和其他人的记录");
        var reply = branch.Zhao.LastReplyText;
        Assert.Contains("谈话记录：暂无", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("谈了学习情况", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("在读党史", reply, StringComparison.Ordinal);

        bot.User("stranger").Send("谈心记录 张三").ExpectReply("你还没有加入本支部");

        branch.Secretary.ExpectNotification("【谈心】张三提交了谈心反馈")
            .Send("访问日志").ExpectReply("赵六 查看张三的谈心记录（已拒绝）");
        Assert.Contains("（已拒绝）", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("在读党史", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_secretary_reads_anyones_records_and_each_view_appears_in_the_audit_log()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Li.Send("记录谈心 张三 谈了学习情况").ExpectReply("已记录");
        branch.Zhang.ExpectNotification("【谈心记录】李四");
        FeedbackConversationTests.AnswerAll(branch.Zhang, "在读党史", "跳过", "跳过", "跳过");
        branch.Zhang.Send("确认提交").ExpectReply("谈心内容已经提交");

        branch.Secretary.ExpectNotification("【谈心】张三提交了谈心反馈")
            .Send("访问日志").ExpectReply("访问日志还是空的");
        branch.Secretary.Send("谈心记录 张三").ExpectReply("张三的谈心谈话记录（本次查看已记入访问日志）");
        Assert.Contains("李四—张三", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("在读党史", branch.Secretary.LastReplyText, StringComparison.Ordinal);

        branch.Secretary.Send("谈心记录").ExpectReply("支部近期的谈心谈话记录");
        Assert.Contains("李四—张三", branch.Secretary.LastReplyText, StringComparison.Ordinal);

        branch.Secretary.Send("访问日志").ExpectReply("访问记录（只记谁在何时查看了谁的记录，不含内容）");
        var log = branch.Secretary.LastReplyText;
        Assert.Contains("10:00 王书记 查看张三的谈心反馈", log, StringComparison.Ordinal);
        Assert.Contains("王书记 查看张三的谈心记录", log, StringComparison.Ordinal);
        Assert.DoesNotContain("在读党史", log, StringComparison.Ordinal);
        Assert.DoesNotContain("谈了学习情况", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_the_talk_commands_each_role_may_use()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("帮助 谈心谈话").ExpectReply("【谈心谈话】").WithButtonsIncluding("谈心", "匿名建议", "记录谈心", "谈心记录");
        branch.Zhang.WithoutButton("谈心安排").WithoutButton("必访任务").WithoutButton("谈心情况");
        branch.Li.Send("帮助 谈心谈话").ExpectReply("【谈心谈话】").WithButtonsIncluding("谈心情况").WithoutButton("谈心安排");
        branch.Secretary.Send("帮助 谈心谈话").ExpectReply("【谈心谈话】")
            .WithButtonsIncluding("谈心情况", "谈心安排", "匿名建议列表", "必访任务");

        // A topic has at most eight buttons; the rest are still listed with their usage.
        Assert.Contains("• 完成必访 序号 [走访情况] — ", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("• 访问日志 — ", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }
}
