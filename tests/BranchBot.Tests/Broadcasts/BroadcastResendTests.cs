using BranchBot.Core.Broadcasts;
using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Broadcasts;

/// <summary>补发: a broadcast sent again to those it did not certainly reach, and to no one else.</summary>
public class BroadcastResendTests
{
    /// <summary>Takes <paramref name="count"/> items as a worker would, then "restarts": they become 状态不明.</summary>
    private static async Task<IReadOnlyList<DeliveryItem>> CrashWhileSendingAsync(BotHarness bot, int count)
    {
        var store = bot.Services.GetRequiredService<IDeliveryStore>();
        var taken = await store.RecordAndClaimAsync([], bot.Clock.GetUtcNow(), count, CancellationToken.None);
        await bot.Services.GetRequiredService<IDeliveryDispatcher>().RecoverAsync(CancellationToken.None);
        return taken;
    }

    private static async Task<string> NameOfAsync(BotHarness bot, string memberId) =>
        (await bot.Services.GetRequiredService<IMembershipStore>().GetMemberAsync(memberId, CancellationToken.None))!.Name;

    /// <summary>Sends straight through the service: the scripts drain the outbox whenever they talk.</summary>
    private static async Task<Broadcast> SendAsync(BotHarness bot, string text, bool acknowledgement = false, DateTimeOffset? at = null)
    {
        var secretary = (await bot.Services.GetRequiredService<IMembershipStore>().ListMembersAsync(CancellationToken.None)).Single(m => m.Name == "王书记");
        var sent = await bot.Services.GetRequiredService<BroadcastService>().SendAsync(new BroadcastDraft(text, BroadcastAudience.Branch, acknowledgement, at), secretary, CancellationToken.None);
        Assert.True(sent.Succeeded, sent.Problem?.ToString());
        return sent.Value!.Broadcast;
    }

    [Fact]
    public async Task Only_the_recipients_whose_delivery_is_unknown_get_it_again_and_then_count_as_delivered()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        await SendAsync(bot, "周五下午集中学习");
        var unknown = await CrashWhileSendingAsync(bot, 2);
        var unknownNames = new List<string>();
        foreach (var item in unknown)
        {
            unknownNames.Add(await NameOfAsync(bot, item.MemberId));
        }

        Assert.Equal(["张三", "李四"], unknownNames); // taken in the order they were queued
        branch.Deliver();
        branch.Zhao.ExpectNotification("周五下午集中学习");
        branch.Secretary.Send("广播详情 1").ExpectReply("状态不明").WithButtonsIncluding("补发 1");
        Assert.Contains("可发送「补发 1」再发一次", branch.Secretary.LastReplyText, StringComparison.Ordinal);

        branch.Secretary.Send("补发 1").ExpectReply("已向 2 位同志补发广播 #1（第 1 次补发）");
        foreach (var name in unknownNames)
        {
            Assert.Contains($"{name}（状态不明）", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        }

        branch.Deliver();
        const string resent = "【补发】之前的发送可能没有送达，如已收到请忽略。\n【支部广播 #1】\n周五下午集中学习";
        branch.Zhang.ExpectNotification(resent);
        branch.Li.ExpectNotification(resent);
        branch.Zhao.ExpectNoMoreReplies();
        var detail = (await bot.Services.GetRequiredService<BroadcastService>().GetDetailAsync(1, CancellationToken.None)).Value!;
        Assert.Equal(3, detail.Counts.Sent);
        Assert.Equal(0, detail.Counts.Unknown);
        Assert.Equal(1, detail.Broadcast.Resends);

        branch.Secretary.Send("广播详情 1").ExpectReply("无法送达").WithoutButton("补发 1");
        branch.Secretary.Send("补发 1").ExpectReply("广播1没有需要补发的对象");
    }

    [Fact]
    public async Task A_member_unreachable_at_first_gets_it_once_they_have_joined_from_chat()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot).Broadcast("请更新个人信息", acknowledgement: true);
        branch.Deliver();
        branch.Secretary.Send("补发 1").ExpectReply("广播1没有需要补发的对象：没有状态不明或发送失败的消息，无法送达的同志也还没有绑定聊天账号。");

        branch.Secretary.Send("邀请码 钱七").ExpectReply("邀请码");
        var qian = bot.User("qian", "钱七");
        qian.Send($"加入 {ConversationScript.InviteCodeIn(branch.Secretary.LastReplyText)}").ExpectReply("欢迎你");
        branch.Secretary.Send("补发 1").ExpectReply("已向 1 位同志补发广播 #1（第 1 次补发）：钱七（无法送达）");
        branch.Deliver();
        qian.ExpectNotification("请更新个人信息").WithButtons("收到", "回复");
        branch.Zhang.ExpectNotification("请更新个人信息").ExpectNoMoreReplies();
        qian.Send("收到 广播1").ExpectReply("已确认收到广播 #1");
        var detail = (await bot.Services.GetRequiredService<BroadcastService>().GetDetailAsync(1, CancellationToken.None)).Value!;
        Assert.Equal(new BroadcastCounts(4, 4, 0, 0, 0, 0, 0, 1, 0), detail.Counts);
    }

    [Fact]
    public async Task Withdrawn_scheduled_and_member_requests_are_refused_and_withdrawing_stops_a_pending_resend()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        await SendAsync(bot, "第一条");
        await CrashWhileSendingAsync(bot, 1);
        branch.Zhang.Send("补发 1").ExpectReply("只有书记、副书记和支委可以使用「补发」。"); // the others are delivered as the script talks

        var service = bot.Services.GetRequiredService<BroadcastService>();
        var secretary = (await bot.Services.GetRequiredService<IMembershipStore>().ListMembersAsync(CancellationToken.None)).Single(m => m.Name == "王书记");
        Assert.Single((await service.ResendAsync(1, secretary, CancellationToken.None)).Value!.Recipients);
        var withdrawn = await service.WithdrawAsync(1, secretary, CancellationToken.None);
        Assert.Equal(1, withdrawn.Value!.Cancelled);
        branch.Deliver();
        var detail = (await service.GetDetailAsync(1, CancellationToken.None)).Value!;
        Assert.Equal(2, detail.Counts.Sent);
        Assert.Equal(1, detail.Counts.Unknown);
        branch.Secretary.Send("补发 1").ExpectReply("广播1已经撤回，不能补发");

        var scheduled = await SendAsync(bot, "明天再发", at: bot.Clock.GetUtcNow().AddDays(1));
        var refused = await service.ResendAsync(scheduled.Number, secretary, CancellationToken.None);
        Assert.Equal(new BroadcastProblem.NotYetSent(scheduled.Number, scheduled.SendsAt, BroadcastFollowUp.Resend), refused.Problem);
    }
}
