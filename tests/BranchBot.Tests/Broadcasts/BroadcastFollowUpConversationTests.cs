using BranchBot.Dialogs.Meetings;

namespace BranchBot.Tests.Broadcasts;

/// <summary>After sending: 收到, 回复, 广播记录, 广播详情, 催收 and 撤回.</summary>
public class BroadcastFollowUpConversationTests
{
    [Fact]
    public async Task The_acknowledge_button_records_once_and_counts_in_the_record()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot).Broadcast("周六志愿服务");
        branch.Deliver();
        branch.Zhang.ExpectNotification("周六志愿服务")
            .Send("收到 广播1").ExpectReply("已确认收到广播 #1，谢谢")
            .Send("收到 广播1").ExpectReply("你已确认收到过广播 #1");

        branch.Secretary.Send("广播记录").ExpectReply("#1 ").WithButtons("广播详情 1");
        Assert.Contains("全体党员「周六志愿服务」", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("已送达 3/4 · 待发送 0 · 失败 0 · 无法送达 1 · 已回执 1/4", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_pressed_again_says_the_broadcast_went_once_and_回执情况_shows_it()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot).Broadcast("周六志愿服务");

        branch.Secretary.Send("确认").ExpectReply("当前没有等待确认的操作，刚才的操作已经完成，不会重复执行")
            .Send("立即发送").ExpectReply("当前没有等待确认的操作，刚才的操作已经完成，不会重复执行")
            .Send("广播记录").ExpectReply("#1 ");
        Assert.DoesNotContain("#2", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("回执情况").ExpectReply("未回执");
    }

    [Theory]
    [InlineData("好的")]
    [InlineData("收到了！")]
    [InlineData("已阅")]
    [InlineData("收到！会准时参加")]
    [InlineData("好的👌")]
    [InlineData("好的，谢谢")]
    [InlineData("已完成学习")]
    [InlineData("学完了")]
    [InlineData("我已经看完了，谢谢")]
    [InlineData("好的 收到了 周四前就交上去")]
    public async Task Ordinary_words_after_a_broadcast_asking_for_a_receipt_count_as_收到(string typed)
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot).Broadcast("周六志愿服务");
        branch.Deliver();
        branch.Zhang.ExpectNotification("周六志愿服务").Send(typed).ExpectReply("已确认收到广播 #1，谢谢");

        // Once acknowledged, or without a receipt to give, such words are just words.
        branch.Zhang.Send("好的").ExpectReply(NoticeAcknowledgementHandler.Plain);
        branch.Secretary.Send("广播记录").ExpectReply("已回执 1/4");
    }

    [Theory]
    [InlineData("收到了，马上交")]
    [InlineData("收到")]
    [InlineData("已阅")]
    public async Task A_receipt_typed_while_a_summary_waits_acknowledges_the_broadcast_and_submits_nothing(string typed)
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊")
            .Send("最近在学习党章").ExpectReply("谢谢你的分享")
            .Send("跳过").ExpectReply("生活上")
            .Send("跳过").ExpectReply("最后一个问题")
            .Send("跳过").ExpectReply("确认提交");
        branch.Broadcast("明天前请把党费交一下");
        branch.Deliver();

        branch.Zhang.ExpectNotification("明天前请把党费交一下").Send(typed).ExpectReply("已确认收到广播 #1，谢谢")
            .ExpectReply("确认提交");
        branch.Zhang.Send("确认提交").ExpectReply("谈心内容已经提交");
        branch.Secretary.ExpectNotification("【谈心】张三提交了谈心反馈");
    }

    [Theory]
    [InlineData("学完了")]
    [InlineData("已完成学习")]
    public async Task A_completion_report_without_a_broadcast_waiting_for_it_is_not_taken_as_a_receipt(string typed)
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot).Broadcast("周六志愿服务", acknowledgement: false);
        branch.Deliver();
        branch.Zhang.ExpectNotification("周六志愿服务").Send(typed).ExpectReplyNotContaining(string.Empty, "已确认收到");
    }

    [Theory]
    [InlineData("学完了吗")]
    [InlineData("已交党费")]
    [InlineData("完成学习要多久")]
    public async Task A_question_or_a_payment_is_not_a_completion_report(string typed)
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot).Broadcast("本周五前完成专题学习");
        branch.Deliver();
        branch.Zhang.ExpectNotification("本周五前完成专题学习").Send(typed).ExpectReplyNotContaining(string.Empty, "已确认收到");
    }

    [Fact]
    public async Task Ordinary_words_do_not_acknowledge_a_broadcast_that_asks_for_none()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot).Broadcast("周六志愿服务", acknowledgement: false);
        branch.Deliver();
        branch.Zhang.ExpectNotification("周六志愿服务").Send("好的").ExpectReply(NoticeAcknowledgementHandler.Plain);
    }

    [Fact]
    public async Task Acknowledging_a_broadcast_one_did_not_receive_is_refused()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send("广播 一组学习").ExpectReply("发给谁")
            .Send("党小组").ExpectReply("发给哪个党小组")
            .Send("第一党小组").ExpectReply("需要成员点「收到」回执吗？")
            .Send("是").ExpectReply("什么时候发送")
            .Send("立即发送").ExpectReply("请确认广播")
            .Send("确认").ExpectReply("已开始发送");
        branch.Zhao.Send("收到 广播1").ExpectReply("你没有收到过广播1");
        branch.Zhao.Send("收到").ExpectReply("你最近没有收到需要处理的支部广播")
            .Send("回复").ExpectReply("你最近没有收到支部广播，无需回复");
    }

    [Fact]
    public async Task A_reply_reaches_the_author_tagged_with_the_broadcast()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot).Broadcast("周六志愿服务");
        branch.Deliver();
        branch.Li.ExpectNotification("周六志愿服务")
            .Send("回复 广播1 我周六值班，能否改到周日？").ExpectReply("你对广播 #1的回复已转给王书记");
        branch.Secretary.ExpectNotification("【广播回复】李四 回复了广播 #1「周六志愿服务」：\n我周六值班，能否改到周日？").WithButtons("答复 李四", "广播详情 1");
        branch.Zhang.ExpectNoMoreReplies();

        branch.Secretary.Send("广播详情 1").ExpectReply("回复（1）：");
        Assert.Contains("• 李四 11月25日 10:00：我周六值班，能否改到周日？", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_author_answers_a_reply_and_the_member_gets_it_with_what_they_asked_once()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot).Broadcast("周六志愿服务");
        branch.Deliver();
        branch.Li.ExpectNotification("周六志愿服务").Send("回复 我周六值班，能否改到周日？").ExpectReply("已转给王书记");
        branch.Secretary.ExpectNotification("【广播回复】李四").WithButtons("答复 李四", "广播详情 1")
            .Send("答复 李四").ExpectReply("李四的回复是：「我周六值班，能否改到周日？」。请输入你的答复：")
            .Send("不能改，周日另有安排，这次可以请假").ExpectReply("答复已发给李四。")
            .Send("答复 李四 不能改，周日另有安排，这次可以请假").ExpectReply("答复已发给李四。");
        branch.Li.ExpectNotification("【广播答复】王书记答复了你对广播 #1「周六志愿服务」的回复「我周六值班，能否改到周日？」：\n不能改，周日另有安排，这次可以请假")
            .ExpectNoMoreReplies();

        // Only a member who replied can be answered, and only by the broadcast's author's committee.
        branch.Secretary.Send("答复 张三 你好").ExpectReply("张三最近30天没有回复过你发的广播")
            .Send("答复 无名氏 你好").ExpectReply("没有找到党员「无名氏」");
        branch.Zhang.ExpectNotification("周六志愿服务").Send("答复 李四 你好").ExpectReply("只有书记、副书记和支委");
        branch.Li.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task A_reply_without_a_number_goes_to_the_latest_broadcast_the_member_received()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot).Broadcast("全体学习", acknowledgement: false);
        branch.Deliver();
        branch.Li.ExpectNotification("全体学习");
        branch.Meetings.WithCommitteeMember("李四");
        branch.Broadcast("支委会材料", acknowledgement: false, audience: "支委");
        branch.Deliver();
        branch.Zhang.ExpectNotification("全体学习").Send("回复 收到，准时参加").ExpectReply("你对广播 #1的回复已转给王书记");
        branch.Secretary.ExpectNotification("回复了广播 #1「全体学习」");
        branch.Li.ExpectNotification("支委会材料")
            .Send("回复").ExpectReply("请输入你的回复")
            .Send("材料已阅").ExpectReply("你对广播 #2的回复已转给王书记");
        branch.Secretary.ExpectNotification("李四 回复了广播 #2「支委会材料」：\n材料已阅");
    }

    [Theory]
    [InlineData("笔记手写的行不行")]
    [InlineData("周六几点集合？")]
    [InlineData("材料在哪里领")]
    public async Task Words_the_bot_cannot_place_soon_after_a_broadcast_are_offered_as_a_reply_and_sent_once(string typed)
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot).Broadcast("周六志愿服务", acknowledgement: false);
        branch.Deliver();
        branch.Li.ExpectNotification("周六志愿服务")
            .Send(typed).ExpectReply("这句话是想回复广播 #1「周六志愿服务」吗？").WithButtons("回复王书记", "帮助");
        branch.Secretary.ExpectNoMoreReplies();

        // "是" shows the button again (only a press sends); the press sends it once, a second press sends nothing more.
        branch.Li.Send("是").ExpectReply("请点下面的「回复王书记」按钮确认").WithButtons("回复王书记")
            .Send($"回复 广播1 {typed}").ExpectReply("你对广播 #1的回复已转给王书记")
            .Send($"回复 广播1 {typed}").ExpectReply("这条回复刚才已经发过了（广播 #1），不会重复转发");
        branch.Secretary.ExpectNotification($"李四 回复了广播 #1「周六志愿服务」：\n{typed}").ExpectNoMoreReplies();
        branch.Secretary.Send("广播详情 1").ExpectReply("回复（1）：");
    }

    [Fact]
    public async Task A_rules_question_after_a_broadcast_is_still_answered_and_old_broadcasts_are_not_offered()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot).Broadcast("周六志愿服务", acknowledgement: false);
        branch.Deliver();
        branch.Li.ExpectNotification("周六志愿服务")
            .Send("支委会多久开一次").ExpectReplyNotContaining("依据", "回复广播")
            .Send("不是").ExpectReplyNotContaining(string.Empty, "回复王书记");

        // The author's own words are never offered back to them, and a day later the broadcast is no longer what they mean.
        branch.Secretary.Send("笔记手写的行不行").ExpectReplyNotContaining(string.Empty, "回复王书记");
        bot.Clock.Advance(TimeSpan.FromHours(25));
        branch.Li.Send("笔记手写的行不行").ExpectReplyNotContaining(string.Empty, "回复王书记");
        Assert.DoesNotContain("广播", branch.Li.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reply_button_asks_for_the_text_and_keeps_the_broadcast()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot).Broadcast("第一条", acknowledgement: false);
        branch.Deliver();
        branch.Broadcast("第二条", acknowledgement: false);
        branch.Deliver();
        branch.Zhao.ExpectNotification("第一条").ExpectNotification("第二条")
            .Send("回复 广播1").ExpectReply("请输入你的回复")
            .Send("关于第一条的问题。").ExpectReply("你对广播 #1的回复已转给王书记");
        branch.Secretary.ExpectNotification("赵六 回复了广播 #1「第一条」：\n关于第一条的问题。");
    }

    [Fact]
    public async Task The_detail_lists_who_has_not_received_and_who_has_not_acknowledged_by_name()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot).Broadcast("周六志愿服务");
        branch.Deliver();
        branch.Zhang.ExpectNotification("周六志愿服务").Send("收到").ExpectReply("已确认收到广播 #1");
        branch.Secretary.Send("广播详情 1").ExpectReply("广播 #1（王书记，11月25日 10:00，全体党员）").WithButtons("催收 1");
        var detail = branch.Secretary.LastReplyText;
        Assert.Contains("共 4 人：已送达 3/4 · 待发送 0 · 失败 0 · 无法送达 1 · 已回执 1/4", detail, StringComparison.Ordinal);
        Assert.Contains("未送达（1）：钱七（无法送达）", detail, StringComparison.Ordinal);
        Assert.Contains("未回执（3）：李四（已送达）、赵六（已送达）、钱七（无法送达）", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminding_goes_only_to_those_who_have_not_acknowledged()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot).Broadcast("周六志愿服务");
        branch.Deliver();
        branch.Zhang.ExpectNotification("周六志愿服务").Send("收到 广播1").ExpectReply("已确认收到");
        branch.Li.ExpectNotification("周六志愿服务");
        branch.Zhao.ExpectNotification("周六志愿服务");

        branch.Secretary.Send("催收 1").ExpectReply("已向 3 位未回执的同志再次发送广播 #1（第 1 次催收）：李四、赵六、钱七");
        branch.Deliver();
        branch.Li.ExpectNotification("【催收 广播 #1】你还没有确认收到这条广播").WithButtons("收到", "回复");
        branch.Zhao.ExpectNotification("【催收 广播 #1】");
        branch.Zhang.ExpectNoMoreReplies();

        branch.Li.Send("收到 广播1").ExpectReply("已确认收到");
        branch.Secretary.Send("催收 广播1").ExpectReply("已向 2 位未回执的同志再次发送广播 #1（第 2 次催收）：赵六、钱七");
    }

    [Fact]
    public async Task Reminding_a_broadcast_without_acknowledgement_is_refused()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot).Broadcast("通知", acknowledgement: false);
        branch.Secretary.Send("催收 1").ExpectReply("广播1没有要求回执，无需催收");
    }

    [Fact]
    public async Task Withdrawing_a_scheduled_broadcast_cancels_everything_not_yet_sent()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send("广播 明天停电").ExpectReply("发给谁")
            .Send("全体党员").ExpectReply("需要成员点「收到」回执吗？")
            .Send("否").ExpectReply("什么时候发送")
            .Send("定时发送").ExpectReply("请告诉我发送时间")
            .Send("明天上午8点").ExpectReply("请确认广播")
            .Send("确认").ExpectReply("已安排广播 #1");

        branch.Secretary.Send("撤回 1").ExpectReply("已撤回广播 #1：4 条尚未发出的消息已取消；没有人收到过这条广播");
        bot.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, branch.Deliver());
        branch.Zhang.ExpectNoMoreReplies();
        branch.Secretary.Send("广播记录").ExpectReply("（已撤回）");
        Assert.Contains("已送达 0/4", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("已撤回 4", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("撤回 1").ExpectReply("已经撤回过了");
    }

    [Fact]
    public async Task Withdrawing_after_sending_says_who_already_has_it()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot).Broadcast("发错了");
        branch.Deliver();
        branch.Secretary.Send("撤回").ExpectReply("是哪一条广播").WithButtons("1")
            .Send("1").ExpectReply("已撤回广播 #1：0 条尚未发出的消息已取消；已送达的 3 人无法收回");
        branch.Zhang.ExpectNotification("发错了").Send("收到 广播1").ExpectReply("广播1已被撤回");
    }
}
