using BranchBot.Core.Broadcasts;
using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Delivery;
using BranchBot.Core.Organisation;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Broadcasts;

/// <summary>
/// 确认 pressed again after the reply to the first one was lost (the channel answered 500, so the turn failed before
/// the dialog was saved and the author still sees the preview): what the first 确认 made is named, never made twice.
/// </summary>
public class RepeatedConfirmationTests
{
    [Fact]
    public async Task A_broadcast_confirmed_again_after_a_lost_reply_is_sent_once_and_named()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send("广播 周五下午学习党章").ExpectReply("发给谁")
            .Send("全体党员").ExpectReply("需要成员点「收到」回执吗？")
            .Send("否").ExpectReply("什么时候发送")
            .Send("立即发送").ExpectReply("请确认广播")
            .SendWhileChannelFails("确认")
            .Send("确认").ExpectReply("已发送（广播1），不会重复发送").WithButtons("广播详情 1")
            .ExpectNoMoreReplies();

        var stored = await bot.Services.GetRequiredService<BroadcastService>().ListRecentAsync(10, CancellationToken.None);
        Assert.Equal(1, Assert.Single(stored).Number);
        var outbox = bot.Services.GetRequiredService<IDeliveryOutbox>();
        var branchId = bot.Services.GetRequiredService<BranchContext>().Id;
        Assert.Equal(4, (await outbox.GetReportAsync(Broadcast.BatchBaseOf(branchId, 1), CancellationToken.None)).Total);
        Assert.Equal(0, (await outbox.GetReportAsync(Broadcast.BatchBaseOf(branchId, 2), CancellationToken.None)).Total);
        branch.Zhang.ExpectNotification("周五下午学习党章").ExpectNoMoreReplies();
        branch.Li.ExpectNotification("周五下午学习党章").ExpectNoMoreReplies();
    }

    [Fact]
    public async Task A_recurring_broadcast_confirmed_again_after_a_lost_reply_makes_one_plan()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send("广播 请按时交纳本月党费").ExpectReply("发给谁")
            .Send("全体党员").ExpectReply("需要成员点「收到」回执吗？")
            .Send("否").ExpectReply("什么时候发送")
            .Send("定期发送").ExpectReply("多久发一次")
            .Send("每月5日上午9点").ExpectReply("定期发送，下次 12月5日 09:00")
            .SendWhileChannelFails("确认")
            .Send("确认").ExpectReply("已创建（定期广播 #1），不会重复创建。").WithButtons("定期广播");

        Assert.Single(await bot.Services.GetRequiredService<BroadcastPlanService>().ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Confirming_a_new_preview_after_a_repeat_sends_a_new_broadcast()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Broadcast("第一条通知", acknowledgement: false).Broadcast("第二条通知", acknowledgement: false);

        var stored = await bot.Services.GetRequiredService<BroadcastService>().ListRecentAsync(10, CancellationToken.None);
        Assert.Equal([2, 1], stored.Select(b => b.Number));
    }
}
