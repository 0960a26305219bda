namespace BranchBot.Tests.Help;

public class HelpTopicConversationTests
{
    [Fact]
    public async Task A_topic_lists_its_commands_with_usage_and_at_most_eight_buttons()
    {
        await using var branch = new HelpBranch();
        branch.Secretary.Send("帮助 会议").ExpectReply("【会议与签到】三会一课等组织生活的安排、签到、请假和台账。你可以使用：")
            .WithButtonsIncluding("近期安排", "安排会议", "台账");

        var reply = branch.Secretary.LastReplyText;
        Assert.Contains("• 台账 2026 / 台账 本季度 — 按年或季度查看", reply, StringComparison.Ordinal);
        Assert.Contains("• 批准请假 编号 / 不批准请假 编号 — ", reply, StringComparison.Ordinal);
        Assert.InRange(branch.Secretary.LastReply!.SuggestedActions!.Actions.Count, 1, 8);
    }

    [Fact]
    public async Task A_member_sees_only_the_commands_of_a_topic_they_may_use()
    {
        await using var branch = new HelpBranch();
        branch.Member.Send("帮助 会议").ExpectReply("【会议与签到】")
            .WithButtons("近期安排", "签到", "请假", "我的日历", "往期会议", "撤销请假", "晚到");
        Assert.DoesNotContain("• 台账", branch.Member.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("• 取消会议", branch.Member.LastReplyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("帮助 三会一课")]
    [InlineData("帮助会议")]
    [InlineData("帮助：会议与签到")]
    [InlineData("菜单 会议")]
    public async Task A_topic_is_found_by_its_other_names_and_without_a_space(string request)
    {
        await using var branch = new HelpBranch();
        branch.Member.Send(request).ExpectReply("【会议与签到】");
    }

    [Fact]
    public async Task Help_about_a_command_gives_its_usage_and_an_example()
    {
        await using var branch = new HelpBranch();
        branch.Secretary.Send("帮助 广播")
            .ExpectReply("「广播」（广播通知）\n用法：广播 内容\n说明：向全体党员")
            .WithButtons("广播", "帮助 广播通知");
        Assert.Contains("例如：广播 本周五下午3点", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_about_a_command_without_arguments_shows_its_keyword_and_other_words()
    {
        await using var branch = new HelpBranch();
        branch.Secretary.Send("帮助 安排会议").ExpectReply("「安排会议」（会议与签到）").WithButtons("安排会议", "帮助 会议");
        Assert.Contains("例如：安排 支部党员大会", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("也可以发送：安排会议", branch.Secretary.LastReplyText, StringComparison.Ordinal);

        branch.Member.Send("帮助 近期安排").ExpectReply("例如：近期安排");
    }

    [Fact]
    public async Task Help_about_a_command_the_sender_may_not_use_says_who_may()
    {
        await using var branch = new HelpBranch();
        branch.Member.Send("帮助 广播").ExpectReply("只有书记、副书记和支委可以使用「广播」。你收到的广播通知可以发送「我的通知」查看。\n发送「帮助」查看你可以使用的命令。")
            .WithButtons("帮助");
        branch.Member.Send("帮助 安排").ExpectReply("你目前不能使用「安排会议」");
    }

    [Fact]
    public async Task An_unknown_topic_is_answered_with_the_topic_list()
    {
        await using var branch = new HelpBranch();
        branch.Member.Send("帮助 天气").ExpectReply("没有找到「天气」这个帮助主题或命令。可以查看的主题：成员、会议、谈心谈话、党费、入党发展、问答、广播通知。")
            .WithButtons("帮助 成员", "帮助 会议", "帮助 谈心谈话", "帮助 党费", "帮助 入党发展", "帮助 问答", "帮助 广播通知");
    }

    [Fact]
    public async Task A_topic_without_commands_for_the_sender_says_so()
    {
        await using var branch = new HelpBranch();
        branch.Member.Send("帮助 电脑端").ExpectReply("「网页控制台」里暂时没有你可以使用的命令").WithoutButton("帮助 电脑端");
    }

    [Fact]
    public async Task A_question_that_starts_with_the_word_help_is_not_taken_for_a_help_request()
    {
        await using var branch = new HelpBranch();
        branch.Member.Send("帮助困难党员有什么规定").ExpectReplyNotContaining(string.Empty, "帮助主题");
    }
}
