namespace BranchBot.Tests.Broadcasts;

/// <summary>The audiences that come from other records: a meeting's attendance and an earlier broadcast's acknowledgements.</summary>
public class BroadcastAudienceConversationTests
{
    [Fact]
    public async Task Those_who_did_not_check_in_to_a_recent_meeting_can_be_chosen()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Meetings.GeneralMeetingToday();
        branch.Meetings.At(13, 50);
        branch.Zhang.Send("签到").ExpectReply("签到成功");
        branch.Li.Send("请假 出差").ExpectReply("已提交请假申请：11月25日（星期三）14:00 党员大会「学习二十大精神」。");
        branch.Meetings.At(16);

        branch.Secretary.ExpectNotification("李四申请不参加11月25日（星期三）14:00 党员大会「学习二十大精神」。\n原因：出差");
        branch.Secretary.Send("广播 今天党员大会未到的同志请于本周内补学").ExpectReply("发给谁")
            .Send("会议未签到人员").ExpectReply("发给哪次会议的未签到人员").WithButtons("11月25日（星期三）14:00 党员大会「学习二十大精神」");
        branch.Secretary.Send("1").ExpectReply("需要成员点「收到」回执吗？")
            .Send("否").ExpectReply("什么时候发送")
            .Send("立即发送").ExpectReply("未签到人员（3人）");
        Assert.Contains("其中 1 人尚未通过聊天加入，无法送达：钱七", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("确认").ExpectReply("已开始发送");
        branch.Deliver();
        branch.Li.ExpectNotification("请于本周内补学");
        branch.Zhao.ExpectNotification("请于本周内补学");
        branch.Zhang.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Without_a_meeting_that_has_started_the_audience_is_asked_again()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send("广播 补学通知").ExpectReply("发给谁")
            .Send("会议未签到人员").ExpectReply("最近没有已开始的会议")
            .ExpectReply("发给谁");
    }

    [Fact]
    public async Task Those_who_have_not_acknowledged_an_earlier_broadcast_can_be_chosen()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot).Broadcast("请于周五前提交学习心得");
        branch.Deliver();
        branch.Zhang.ExpectNotification("学习心得").Send("收到").ExpectReply("已确认收到");
        branch.Li.ExpectNotification("学习心得");

        branch.Secretary.Send("广播 还没回复的同志请尽快确认").ExpectReply("发给谁")
            .Send("未回执人员").ExpectReply("发给哪条广播的未回执人员").WithButtons("广播1「请于周五前提交学习心得」")
            .Send("广播1「请于周五前提交学习心得」").ExpectReply("需要成员点「收到」回执吗？")
            .Send("否").ExpectReply("什么时候发送")
            .Send("立即发送").ExpectReply("对象：广播1未回执人员（3人）")
            .Send("确认").ExpectReply("广播 #2 已开始发送给广播1未回执人员 3 人");
        branch.Deliver();
        branch.Li.ExpectNotification("还没回复的同志请尽快确认");
        branch.Zhang.ExpectNoMoreReplies();
    }
}
