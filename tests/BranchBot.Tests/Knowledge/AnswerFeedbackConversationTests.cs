using BranchBot.Tests.Support;

namespace BranchBot.Tests.Knowledge;

public class AnswerFeedbackConversationTests
{
    [Fact]
    public async Task Helpful_and_not_helpful_clicks_are_stored_and_shown_with_the_failed_questions_in_the_feedback_report()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        var zhang = bot.JoinedMember(secretary, "zhang", "张三");

        zhang.Send("支委会一个月得开几回？").ExpectReply("支部委员会会议一般每月召开1次").WithButtons("有用", "没用");
        Assert.Matches(@"^有用 #\d+$", zhang.ButtonValue("有用"));
        zhang.Press("有用").ExpectReply("谢谢反馈");
        zhang.Send("我税后月工资8000元交多少党费").ExpectReply("120元").WithButtons("有用", "没用");
        zhang.Press("没用").ExpectReply("谢谢反馈，已记下").WithButtons("转交书记");
        zhang.Send("支委会一个月得开几回？").ExpectReply("支部委员会会议一般每月召开1次");
        zhang.Press("没用").ExpectReply("谢谢反馈");
        zhang.Send("党员出国旅游要审批吗").ExpectReply("没有找到确切规定");
        zhang.Send("今天天气怎么样").ExpectReply("只能回答党支部工作");

        secretary.Send("问答反馈").ExpectReply("共回答 3 个问题，没有答上 2 个；「有用」1 次，「没用」2 次。")
            .WithButtonsIncluding("待答问题");
        var report = secretary.LastReplyText;
        Assert.Contains("被点「没用」最多的问答：", report, StringComparison.Ordinal);
        Assert.Contains("• 支委会多长时间开一次？：没用 1 次，有用 1 次", report, StringComparison.Ordinal);
        Assert.Contains("• （党费计算）：没用 1 次，有用 0 次", report, StringComparison.Ordinal);
        Assert.Contains("党员出国旅游要审批吗（张三，11月25日 10:00，没有确切规定）", report, StringComparison.Ordinal);
        Assert.Contains("今天天气怎么样（张三，11月25日 10:00，超出范围）", report, StringComparison.Ordinal);

        var forwardTitle = secretary.LastReply!.SuggestedActions!.Actions.First().Title!;
        secretary.Press(forwardTitle).ExpectReply("转交书记（编号 1），书记答复后会发给张三。");
        secretary.Send("回答 1 天气请看天气预报。").ExpectReply("已把答复发给张三");
        zhang.ExpectNotification("【支部答复】你问的「今天天气怎么样」");
    }

    [Fact]
    public async Task A_member_cannot_rate_or_forward_someone_elses_answer()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        var zhang = bot.JoinedMember(secretary, "zhang", "张三");
        var li = bot.JoinedMember(secretary, "li", "李四");

        zhang.Send("党员出国旅游要审批吗").ExpectReply("没有找到确切规定");
        var forward = zhang.ButtonValue("转交书记");
        li.Send(forward).ExpectReply("找不到这条回答");
        zhang.Send("支委会一个月得开几回？").ExpectReply("支部委员会会议一般每月召开1次");
        li.Send(zhang.ButtonValue("有用")).ExpectReply("找不到这条回答");
        li.Send("没用").ExpectReply("没有找到你最近得到的回答");
        zhang.Send("有用 #999").ExpectReply("找不到这条回答");
    }
}
