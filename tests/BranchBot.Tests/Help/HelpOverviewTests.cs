namespace BranchBot.Tests.Help;

public class HelpOverviewTests
{
    [Fact]
    public async Task A_member_sees_their_topics_and_everyday_commands_not_forty_buttons()
    {
        await using var branch = new HelpBranch();
        branch.Member.Send("帮助").ExpectReply("你好，张三（党员）！\n我可以帮你做这些事")
            .WithButtons("近期安排", "签到", "请假", "谈心", "问", "帮助 成员", "帮助 会议", "帮助 谈心谈话", "帮助 党费", "帮助 入党发展", "帮助 问答", "帮助 广播通知");

        var text = branch.Member.LastReplyText;
        Assert.Contains("• 会议与签到（帮助 会议）：近期安排、签到、请假、我的日历等7项\n", text, StringComparison.Ordinal);
        Assert.Contains("• 成员与支部（帮助 成员）：我的信息\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("网页控制台", text, StringComparison.Ordinal);
        Assert.DoesNotContain("添加党员", text, StringComparison.Ordinal);
        Assert.Contains("例如：帮助 近期安排", text, StringComparison.Ordinal);
        Assert.Contains("随时发送「取消」可退出正在进行的操作。", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_secretary_sees_every_topic_and_the_secretarys_everyday_commands()
    {
        await using var branch = new HelpBranch();
        branch.Secretary.Send("帮助").ExpectReply("你好，王书记（书记）！\n我可以帮你做这些事")
            .WithButtons(
                "近期安排", "安排会议", "台账", "广播", "待答问题",
                "帮助 成员", "帮助 会议", "帮助 谈心谈话", "帮助 党费", "帮助 入党发展", "帮助 问答", "帮助 广播通知", "帮助 电脑端");
        Assert.Contains("• 网页控制台（帮助 电脑端）：控制台、导出台账", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("• 会议与签到（帮助 会议）：近期安排、安排会议、台账、我的日历等", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_committee_member_gets_the_committees_everyday_commands()
    {
        await using var branch = new HelpBranch();
        branch.Committee.Send("帮助").ExpectReply("你好，李四（支委）")
            .WithButtonsIncluding("近期安排", "安排会议", "签到情况", "广播", "待答问题", "帮助 电脑端")
            .WithoutButton("台账");
    }

    [Fact]
    public async Task A_stranger_is_told_how_to_join()
    {
        await using var branch = new HelpBranch();
        branch.Bot.User("stranger").Send("帮助").ExpectReply("加入 邀请码").WithButtons("加入支部");
    }

    [Fact]
    public async Task Text_that_is_not_understood_gets_one_line_with_the_closest_commands()
    {
        await using var branch = new HelpBranch();
        branch.Member.Send("试一下").ExpectReply("抱歉，我没有理解「试一下」。你可以试试下面的命令")
            .WithButtonsIncluding("近期安排", "帮助");
        Assert.DoesNotContain("我可以帮你做这些事", branch.Member.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_about_a_topic_inside_a_dialog_answers_and_asks_the_question_again()
    {
        await using var branch = new HelpBranch();
        branch.Secretary
            .Send("添加党员").ExpectReply("请输入要添加的党员姓名")
            .Send("帮助 成员").ExpectReply("【成员与支部】").ExpectReply("请输入要添加的党员姓名")
            .Send("孙八").ExpectReply("已添加党员「孙八」");
    }
}
