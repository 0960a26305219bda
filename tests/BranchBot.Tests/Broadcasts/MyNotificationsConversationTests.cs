namespace BranchBot.Tests.Broadcasts;

/// <summary>我的通知: a member lists the broadcasts sent to them, newest first, with their own receipt state.</summary>
public class MyNotificationsConversationTests
{
    [Fact]
    public async Task A_member_lists_received_broadcasts_newest_first_with_their_receipt_state()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot).Broadcast("周六志愿服务");
        bot.Clock.Advance(TimeSpan.FromMinutes(10));
        branch.Broadcast("本月党费请于25日前交齐", acknowledgement: false);
        bot.Clock.Advance(TimeSpan.FromMinutes(10));
        branch.Broadcast("周日学习强国积分统计");
        branch.Deliver();
        branch.Zhang.ExpectNotification("周六志愿服务").ExpectNotification("本月党费请于25日前交齐").ExpectNotification("学习强国")
            .Send("收到 广播1").ExpectReply("已确认收到广播 #1");

        branch.Zhang.Send("我的通知").ExpectReply("你最近收到的通知（最新的在前）").WithButtons("收到 广播3");
        var lines = branch.Zhang.LastReplyText.Split('\n');
        Assert.StartsWith("广播3 ", lines[1], StringComparison.Ordinal);
        Assert.Contains("【未回执】", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("广播2 ", lines[3], StringComparison.Ordinal);
        Assert.Contains("【已读·无需回执】", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("广播1 ", lines[5], StringComparison.Ordinal);
        Assert.Contains("【已回执】", lines[5], StringComparison.Ordinal);
        Assert.Contains("「周六志愿服务」", lines[6], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broadcast_answered_with_a_reply_counts_as_received_not_as_merely_read()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot).Broadcast("周六志愿服务");
        branch.Deliver();
        branch.Zhang.ExpectNotification("周六志愿服务")
            .Send("回复 广播1 我周六值班，能否改到周日？").ExpectReply("你对广播 #1的回复已转给王书记");

        branch.Zhang.Send("我的通知").ExpectReply("你最近收到的通知（最新的在前）");
        Assert.Contains("【已回复·视为已收到】", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("【已读】", branch.Zhang.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broadcasts_sent_to_others_are_not_listed()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send("广播 第二党小组活动").ExpectReply("发给谁")
            .Send("党小组").ExpectReply("发给哪个党小组")
            .Send("第二党小组").ExpectReply("需要成员点「收到」回执吗")
            .Send("否").ExpectReply("什么时候发送")
            .Send("立即发送").ExpectReply("请确认广播")
            .Send("确认").ExpectReply("已开始发送");
        branch.Deliver();

        branch.Zhang.Send("我的通知").ExpectReply("你最近没有收到广播通知");
        branch.Zhao.ExpectNotification("第二党小组活动").Send("我的通知").ExpectReply("广播1");
    }

    [Fact]
    public async Task The_command_is_in_the_help_for_members()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);

        branch.Zhang.Send("帮助 广播通知").ExpectReply("我的通知");
    }
}
