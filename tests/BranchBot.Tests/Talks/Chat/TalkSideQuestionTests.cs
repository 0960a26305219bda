namespace BranchBot.Tests.Talks.Chat;

/// <summary>A question about the branch typed at a 谈心 question is answered, not stored as the member's answer.</summary>
public class TalkSideQuestionTests
{
    [Fact]
    public async Task A_question_about_a_meeting_at_a_talk_question_is_answered_and_the_question_asked_again()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Secretary.Send("安排 党员大会 12月1日下午2点 三楼会议室 学习党章").ExpectReply("请确认会议安排").Send("确认").ExpectReply("已安排");
        branch.Zhang.ExpectNotification("【会议通知】");

        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊")
            .Send("最近在学习党章").ExpectReply("工作上最近有没有遇到")
            .Send("下周二那个会在哪开？").ExpectReply("三楼会议室")
            .ExpectReply("（刚才这句没有记进谈心。）我们接着聊：\n工作上最近有没有遇到");

        branch.Zhang.Send("跳过").ExpectReply("生活上")
            .Send("跳过").ExpectReply("最后一个问题")
            .Send("跳过").ExpectReply("我们聊的内容如下");
        Assert.DoesNotContain("在哪开", branch.Zhang.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_that_asks_something_of_the_branch_stays_the_answer()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊")
            .Send("跳过").ExpectReply("工作上最近有没有遇到")
            .Send("跳过").ExpectReply("生活上")
            .Send("孩子明年上小学，支部能帮忙问问入学的事吗？").ExpectReplyNotContaining("最后一个问题", "没有记进谈心");
    }

    [Fact]
    public async Task A_question_at_the_visit_question_is_answered_and_the_visit_question_asked_again()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Secretary.Send("安排 党员大会 12月1日下午2点 三楼会议室 学习党章").ExpectReply("请确认会议安排").Send("确认").ExpectReply("已安排");
        branch.Zhang.ExpectNotification("【会议通知】");

        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊")
            .Send("母亲住院了，家里开销压力大").ExpectReply("你希望支部安排人上门看望")
            .Send("下周二的会几点开？").ExpectReply("14:00")
            .ExpectReply("（刚才这句没有记进谈心。）我们接着聊：\n生病住院的事").WithButtons("是", "否");
    }
}
