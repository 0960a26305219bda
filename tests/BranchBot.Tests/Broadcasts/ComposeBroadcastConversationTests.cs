using BranchBot.Core.Broadcasts;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Broadcasts;

/// <summary>Writing and sending a broadcast in chat. The harness clock starts on Wednesday 2026-11-25 at 10:00 in Beijing.</summary>
public class ComposeBroadcastConversationTests
{
    private static async Task<IReadOnlyList<Broadcast>> StoredAsync(Support.BotHarness bot) =>
        await bot.Services.GetRequiredService<BroadcastService>().ListRecentAsync(10, CancellationToken.None);

    [Theory]
    [InlineData("马上")]
    [InlineData("现在就发")]
    [InlineData("立即")]
    [InlineData("第一个")]
    public async Task The_timing_is_understood_as_members_type_it(string typed)
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send("广播").ExpectReply("请输入要广播的内容")
            .Send("今晚8点线上学习").ExpectReply("发给谁")
            .Send("全体党员").ExpectReply("需要成员点「收到」回执吗")
            .Send("不用了，通知一下就行").ExpectReply("什么时候发送")
            .Send(typed).ExpectReply("对象：全体党员（4人）");
        Assert.Contains("需要回执：否", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("发送时间：立即", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broadcasting_alone_asks_each_part_previews_the_count_and_sends_only_on_confirmation()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send("广播").ExpectReply("请输入要广播的内容")
            .Send("明天上午9点到三楼会议室集中学习。\n请带党章。").ExpectReply("发给谁")
            .WithButtons("全体党员", "支委", "党小组", "会议未签到人员", "未回执人员")
            .Send("全体党员").ExpectReply("需要成员点「收到」回执吗")
            .Send("是").ExpectReply("什么时候发送").WithButtons("立即发送", "定时发送", "定期发送")
            .Send("立即发送").ExpectReply("对象：全体党员（4人）").WithButtons("确认", "修改", "取消");
        Assert.Contains("1 人尚未通过聊天加入，无法送达：钱七", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("需要回执：是", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("发送时间：立即", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Empty(await StoredAsync(bot));
        Assert.Equal(0, branch.Deliver());

        branch.Secretary.Send("确认").ExpectReply("广播 #1 已开始发送给全体党员 4 人").WithButtons("广播详情 1");
        branch.Deliver();
        branch.Zhang.ExpectNotification("【支部广播 #1】\n明天上午9点到三楼会议室集中学习。\n请带党章。\n—— 王书记").WithButtons("收到", "回复");
        Assert.Equal(["收到 广播1", "回复 广播1"], branch.Zhang.LastReply!.SuggestedActions!.Actions.Select(a => a.Value?.ToString()));
        branch.Li.ExpectNotification("【支部广播 #1】");
        branch.Zhao.ExpectNotification("【支部广播 #1】");
        branch.Secretary.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task A_one_line_broadcast_to_a_party_group_reaches_only_that_group()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send("广播 本周五交党费").ExpectReply("发给谁")
            .Send("党小组").ExpectReply("发给哪个党小组").WithButtons("第一党小组", "第二党小组")
            .Send("第一党小组").ExpectReply("需要成员点「收到」回执吗")
            .Send("否").ExpectReply("什么时候发送")
            .Send("立即发送").ExpectReply("对象：第一党小组（2人）")
            .Send("确认").ExpectReply("已开始发送给第一党小组 2 人");
        branch.Deliver();
        branch.Zhang.ExpectNotification("本周五交党费").WithButtons("回复");
        branch.Li.ExpectNotification("本周五交党费");
        branch.Zhao.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Changing_the_audience_in_the_preview_recounts_and_cancelling_sends_nothing()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Meetings.WithCommitteeMember("李四");
        branch.Secretary.Send("广播 支委会材料已发邮箱").ExpectReply("发给谁")
            .Send("全体党员").ExpectReply("需要成员点「收到」回执吗？")
            .Send("否").ExpectReply("什么时候发送")
            .Send("立即发送").ExpectReply("对象：全体党员（4人）")
            .Send("修改").ExpectReply("要修改哪一项").WithButtons("内容", "对象", "回执", "时间")
            .Send("对象").ExpectReply("发给谁")
            .Send("支委").ExpectReply("对象：支委（1人）")
            .Send("修改").ExpectReply("要修改哪一项")
            .Send("内容").ExpectReply("请输入要广播的内容")
            .Send("支委会材料已更新").ExpectReply("内容：支委会材料已更新")
            .Send("取消").ExpectReply("已取消");
        Assert.Empty(await StoredAsync(bot));
        Assert.Equal(0, branch.Deliver());
        branch.Li.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task A_one_line_broadcast_keeps_its_line_breaks_and_final_punctuation()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send("广播：周五下午停电。\n请提前保存文件！").ExpectReply("发给谁")
            .Send("全体党员").ExpectReply("需要成员点「收到」回执吗？")
            .Send("否").ExpectReply("什么时候发送")
            .Send("立即发送").ExpectReply("内容：周五下午停电。\n请提前保存文件！\n")
            .Send("确认").ExpectReply("已开始发送");
        branch.Zhang.ExpectNotification("【支部广播 #1】\n周五下午停电。\n请提前保存文件！\n—— 王书记");
    }

    [Fact]
    public async Task An_audience_with_nobody_in_it_cannot_be_confirmed()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send("广播 只有我一个支委").ExpectReply("发给谁")
            .Send("支委").ExpectReply("需要成员点「收到」回执吗？")
            .Send("否").ExpectReply("什么时候")
            .Send("立即发送").ExpectReply("「支委」中没有可以发送的对象").WithButtons("修改", "取消");
        Assert.Empty(await StoredAsync(bot));
    }

    [Fact]
    public async Task A_scheduled_broadcast_is_not_sent_before_its_time_and_is_sent_once()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send("广播 今天下午两点开党员大会").ExpectReply("发给谁")
            .Send("全体党员").ExpectReply("需要成员点「收到」回执吗？")
            .Send("否").ExpectReply("什么时候发送")
            .Send("定时发送").ExpectReply("请告诉我发送时间")
            .Send("明天上午9点").ExpectReply("发送时间：11月26日 09:00");
        Assert.Contains("注意：内容里的「今天」按今天算是11月25日，但广播11月26日才发出，大家读到时会理解成11月26日。建议点「修改」把它写成具体日期「11月25日」。", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("确认").ExpectReply("已安排广播 #1于 11月26日 09:00 发送给全体党员 4 人");

        Assert.Equal(0, branch.Deliver());
        bot.Clock.Advance(TimeSpan.FromHours(22.98)); // 26 Nov 08:58:48
        Assert.Equal(0, branch.Deliver());
        branch.Zhang.ExpectNoMoreReplies();

        bot.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(4, branch.Deliver());
        branch.Zhang.ExpectNotification("今天下午两点开党员大会").ExpectNoMoreReplies();
        branch.Li.ExpectNotification("今天下午两点开党员大会").ExpectNoMoreReplies();

        bot.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, branch.Deliver());
        branch.Zhang.ExpectNoMoreReplies();
    }

    [Theory]
    [InlineData("明早八点发吧")]
    [InlineData("明天上午8点")]
    [InlineData("11月26日 8:00")]
    public async Task A_send_time_typed_at_the_timing_question_is_taken_without_asking_again(string typed)
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send("广播 周五的党员大会记得带笔记本").ExpectReply("发给谁")
            .Send("全体党员").ExpectReply("需要成员点「收到」回执吗？")
            .Send("否").ExpectReply("什么时候发送")
            .Send(typed).ExpectReply("发送时间：11月26日 08:00");
        Assert.Empty(await StoredAsync(bot));
    }

    [Theory]
    [InlineData("八点")]
    [InlineData("明天")]
    public async Task A_send_time_without_its_day_or_hour_asks_for_the_time(string typed)
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send("广播 周五的党员大会记得带笔记本").ExpectReply("发给谁")
            .Send("全体党员").ExpectReply("需要成员点「收到」回执吗？")
            .Send("否").ExpectReply("什么时候发送")
            .Send(typed).ExpectReply("请告诉我发送时间");
    }

    [Fact]
    public async Task A_time_in_the_past_is_asked_again()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send("广播 测试").ExpectReply("发给谁")
            .Send("全体党员").ExpectReply("需要成员点「收到」回执吗？")
            .Send("否").ExpectReply("什么时候发送")
            .Send("定时发送").ExpectReply("请告诉我发送时间")
            .Send("今天上午8点").ExpectReply("2026年11月25日（星期三）08:00已经过去了，需要一个以后的时间。");
        Assert.Empty(await StoredAsync(bot));
    }

    [Fact]
    public async Task Members_may_not_broadcast_or_manage_broadcasts()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Broadcast("明天学习");
        branch.Zhang.ExpectNotification("明天学习")
            .Send("广播 大家好").ExpectReply("只有书记、副书记和支委可以使用「广播」")
            .Send("广播记录").ExpectReply("只有书记、副书记和支委")
            .Send("广播详情 1").ExpectReply("只有书记、副书记和支委")
            .Send("催收 1").ExpectReply("只有书记、副书记和支委")
            .Send("撤回 1").ExpectReply("只有书记、副书记和支委");
        Assert.Single(await StoredAsync(bot));
    }
}
