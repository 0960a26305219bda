namespace BranchBot.Tests.Talks.Chat;

public class HardshipConversationTests
{
    [Fact]
    public async Task A_hardship_is_acknowledged_and_a_visit_offered_and_the_secretary_gets_a_follow_up()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊")
            .Send("最近在学习党章").ExpectReply("工作上最近有没有遇到")
            .Send("跳过").ExpectReply("生活上有没有需要组织帮忙")
            .Send("母亲住院了，家里开销压力大").ExpectReply("生病住院的事，真让人挂心").WithButtons("是", "否");
        Assert.Contains("你希望支部安排人上门看望", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("最后一个问题", branch.Zhang.LastReplyText, StringComparison.Ordinal);

        branch.Zhang.Send("是").ExpectReply("好的，我会转告书记，书记会尽快和你联系");
        Assert.Contains("最后一个问题", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        branch.Zhang.Send("跳过").ExpectReply("希望支部上门看望或帮助：是")
            .Send("确认提交").ExpectReply("书记会尽快和你联系，安排上门看望");

        branch.Secretary.ExpectNotification("【谈心】张三提交了谈心反馈");
        var notice = branch.Secretary.LastReplyText;
        Assert.Contains("【必访】", notice, StringComparison.Ordinal);
        Assert.Contains("本人希望支部上门看望或帮助", notice, StringComparison.Ordinal);
        Assert.Contains("请于12月2日（星期三）前联系走访", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("住院", notice, StringComparison.Ordinal);

        branch.Secretary.Send("必访任务").ExpectReply("待办必访任务 1 项");
        Assert.Contains("1. 张三 · 身体健康（生病、住院等）", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("本人希望上门看望或帮助 · 12月2日前", branch.Secretary.LastReplyText, StringComparison.Ordinal);

        branch.Secretary.Send("完成必访 1 已上门看望").ExpectReply("已办结对张三的必访任务")
            .Send("必访任务").ExpectReply("目前没有待办的必访任务");
    }

    [Fact]
    public async Task Declining_a_visit_is_respected_and_recorded_with_the_feedback()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊")
            .Send("最近工作压力很大，晚上睡不着").ExpectReply("听得出你心里压着事")
            .Send("否").ExpectReply("尊重你的意愿")
            .Send("没有").ExpectReply("工作上暂时没有困难")
            .Send("没有").ExpectReply("最后一个问题")
            .Send("没有").ExpectReply("希望支部上门看望或帮助：否")
            .Send("确认提交").ExpectReply("你提到的情况书记会放在心上");

        branch.Secretary.ExpectNotification("【必访】");
        Assert.DoesNotContain("希望支部上门看望", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("必访任务").ExpectReply("本人暂不需要上门");
        branch.Secretary.Send("谈心记录 张三").ExpectReply("希望上门看望或帮助：否");
    }

    [Fact]
    public async Task Skipping_the_visit_question_is_taken_as_no_visit()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊")
            .Send("最近工作压力很大，晚上睡不着").ExpectReply("听得出你心里压着事")
            .Send("跳过").ExpectReply("尊重你的意愿")
            .Send("没有").ExpectReply("工作上暂时没有困难")
            .Send("没有").ExpectReply("最后一个问题")
            .Send("没有").ExpectReply("希望支部上门看望或帮助：否");
    }

    [Fact]
    public async Task The_visit_answer_can_be_changed_and_is_asked_again_with_what_was_said()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊")
            .Send("跳过").ExpectReply("工作上最近有没有遇到")
            .Send("跳过").ExpectReply("生活上有没有需要组织帮忙")
            .Send("爱人刚做完手术").ExpectReply("生病住院的事")
            .Send("否").ExpectReply("最后一个问题")
            .Send("跳过").ExpectReply("希望支部上门看望或帮助：否")
            .Send("修改").ExpectReply("要修改哪一项").WithButtonsIncluding("是否需要看望")
            .Send("是否需要看望").ExpectReply("你之前提到了身体健康（生病、住院等）").WithButtons("是", "否")
            .Send("是").ExpectReply("希望支部上门看望或帮助：是");
    }

    [Fact]
    public async Task A_work_difficulty_alone_raises_no_follow_up()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        FeedbackConversationTests.AnswerAll(branch.Zhang, "跳过", "工作上有些困难，新系统不熟悉", "跳过", "跳过");
        Assert.DoesNotContain("看望", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        branch.Zhang.Send("确认提交").ExpectReplyNotContaining("谈心内容已经提交", "联系");
        branch.Secretary.ExpectNotification("【谈心】");
        Assert.DoesNotContain("必访", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }
    [Fact]
    public async Task A_member_who_goes_on_talking_at_the_visit_question_keeps_what_they_said_and_is_asked_again_later()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊")
            .Send("最近在学二十大报告，有些体会").ExpectReply("工作上最近有没有遇到")
            .Send("工作上项目压力大，经常加班").ExpectReply("听得出你心里压着事").WithButtons("是", "否")
            .Send("家里老人生病住院了，有点顾不过来").ExpectReply("你说的已经记下，作为「生活上需要组织帮助的事」的回答。");
        Assert.Contains("生病住院的事，真让人挂心", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("请点「是」或「否」", branch.Zhang.LastReplyText, StringComparison.Ordinal);

        branch.Zhang.Send("希望支部活动能安排在周末").ExpectReply("你说的已经记下，作为「对支部工作的意见建议」的回答。");
        Assert.Contains("你之前提到了", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        branch.Zhang.Send("需要").ExpectReply("3. 生活上需要组织帮助的事：家里老人生病住院了，有点顾不过来");
        var summary = branch.Zhang.LastReplyText;
        Assert.Contains("4. 对支部工作的意见建议：希望支部活动能安排在周末", summary, StringComparison.Ordinal);
        Assert.Contains("希望支部上门看望或帮助：是", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_statement_after_the_last_question_is_added_to_the_answer_that_told_of_the_hardship()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊")
            .Send("跳过").ExpectReply("工作上最近有没有遇到")
            .Send("跳过").ExpectReply("生活上有没有需要组织帮忙")
            .Send("跳过").ExpectReply("最后一个问题")
            .Send("最近爱人生病住院了").ExpectReply("生病住院的事");
        branch.Zhang.Send("医院离家远，来回跑很累").ExpectReply("你说的已经补充到「对支部工作的意见建议」的回答里。")
            .Send("看情况吧").ExpectReply("请点「是」或「否」")
            .Send("不用").ExpectReply("4. 对支部工作的意见建议：最近爱人生病住院了；医院离家远，来回跑很累");
        Assert.Contains("希望支部上门看望或帮助：否", branch.Zhang.LastReplyText, StringComparison.Ordinal);
    }
}
