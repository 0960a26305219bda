using BranchBot.Core.Broadcasts;
using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Storage.LiteDb;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Broadcasts;

/// <summary>The service as the web console will use it: plain records, permissions, restarts.</summary>
public class BroadcastServiceTests
{
    private static BroadcastService Service(BotHarness bot) => bot.Services.GetRequiredService<BroadcastService>();

    private static async Task<Member> MemberAsync(BotHarness bot, string name) =>
        (await bot.Services.GetRequiredService<IMembershipStore>().ListMembersAsync(CancellationToken.None)).Single(m => m.Name == name);

    [Fact]
    public async Task The_preview_leaves_out_the_author_and_names_the_unreachable()
    {
        await using var bot = BroadcastBranch.NewHarness();
        _ = new BroadcastBranch(bot);
        var secretary = await MemberAsync(bot, "王书记");
        var preview = await Service(bot).PreviewAsync(new BroadcastDraft("学习", BroadcastAudience.Branch, false), secretary, CancellationToken.None);

        Assert.True(preview.Succeeded);
        Assert.Equal(["张三", "李四", "赵六", "钱七"], preview.Value!.Recipients.Select(m => m.Name));
        Assert.Equal("钱七", Assert.Single(preview.Value.Unreachable).Name);
        Assert.Equal(3, preview.Value.ReachableCount);
    }

    [Fact]
    public async Task Members_and_group_leaders_may_not_send()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Meetings.WithGroupLeader("张三");
        var leader = await MemberAsync(bot, "张三");
        var sent = await Service(bot).SendAsync(new BroadcastDraft("我来通知", BroadcastAudience.Branch, false), leader, CancellationToken.None);
        Assert.Equal(new BroadcastProblem.NotAllowed(), sent.Problem);
        Assert.Empty(await Service(bot).ListAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task An_unknown_group_is_explained()
    {
        await using var bot = BroadcastBranch.NewHarness();
        _ = new BroadcastBranch(bot);
        var preview = await Service(bot).PreviewAsync(
            new BroadcastDraft("学习", BroadcastAudience.Group("第九党小组"), false), await MemberAsync(bot, "王书记"), CancellationToken.None);
        var notFound = Assert.IsType<BroadcastProblem.GroupNotFound>(preview.Problem);
        Assert.Equal("第九党小组", notFound.Name);
        Assert.Equal(["第一党小组", "第二党小组"], notFound.Groups);
    }

    [Fact]
    public async Task The_detail_gives_each_recipient_a_state_and_numbers_count_up()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        var secretary = await MemberAsync(bot, "王书记");
        var first = await Service(bot).SendAsync(new BroadcastDraft("一", BroadcastAudience.Branch, true), secretary, CancellationToken.None);
        var second = await Service(bot).SendAsync(new BroadcastDraft("二", BroadcastAudience.Branch, true), secretary, CancellationToken.None);
        Assert.Equal(1, first.Value!.Broadcast.Number);
        Assert.Equal(2, second.Value!.Broadcast.Number);
        Assert.Equal($"broadcast:{bot.Services.GetRequiredService<BranchContext>().Id}:2", second.Value.Broadcast.BatchId);

        var pending = (await Service(bot).GetDetailAsync(2, CancellationToken.None)).Value!;
        Assert.All(pending.Recipients, r => Assert.Equal(DeliveryState.Pending, r.State));
        branch.Deliver();
        await Service(bot).AcknowledgeAsync(await MemberAsync(bot, "赵六"), 2, CancellationToken.None);

        var detail = (await Service(bot).GetDetailAsync(2, CancellationToken.None)).Value!;
        Assert.Equal(new BroadcastCounts(4, 3, 0, 1, 0, 0, 0, 1, 0), detail.Counts);
        var zhao = detail.Recipients.Single(r => r.Name == "赵六");
        Assert.Equal(DeliveryState.Sent, zhao.State);
        Assert.Equal(bot.Clock.GetUtcNow(), zhao.AcknowledgedAt);
        Assert.Equal(DeliveryState.Unreachable, detail.Recipients.Single(r => r.Name == "钱七").State);
        Assert.Equal(["钱七"], detail.NotReceived.Select(r => r.Name));
        Assert.Equal(2, (await Service(bot).ListAsync(10, CancellationToken.None))[0].Broadcast.Number);
        Assert.False((await Service(bot).GetDetailAsync(9, CancellationToken.None)).Succeeded);
    }

    [Fact]
    public async Task A_draft_sent_again_with_the_same_source_key_gets_the_first_broadcast_back()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        var secretary = await MemberAsync(bot, "王书记");
        var draft = new BroadcastDraft("每月党费提醒", BroadcastAudience.Branch, false, bot.Clock.GetUtcNow().AddHours(2), SourceKey: "broadcast-plan:p1:42");

        var first = await Service(bot).SendAsync(draft, secretary, CancellationToken.None);
        var again = await Service(bot).SendAsync(draft, secretary, CancellationToken.None);
        var other = await Service(bot).SendAsync(draft with { SourceKey = "broadcast-plan:p1:43" }, secretary, CancellationToken.None);

        Assert.Equal(1, first.Value!.Broadcast.Number);
        Assert.Equal(1, again.Value!.Broadcast.Number);
        Assert.Equal(2, other.Value!.Broadcast.Number);
        bot.Clock.Advance(TimeSpan.FromHours(2));
        branch.Deliver();
        branch.Zhang.ExpectNotification("【支部广播 #1】").ExpectNotification("【支部广播 #2】").ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Only_the_author_the_secretary_or_the_deputy_may_withdraw()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Meetings.WithCommitteeMember("李四");
        branch.Secretary.Send("设置角色 赵六 副书记").ExpectReply("已将「赵六」的角色由党员改为副书记。");
        var li = await MemberAsync(bot, "李四");
        var sent = await Service(bot).SendAsync(
            new BroadcastDraft("明天通知", BroadcastAudience.Branch, false, bot.Clock.GetUtcNow().AddDays(1)), await MemberAsync(bot, "王书记"), CancellationToken.None);

        var refused = await Service(bot).WithdrawAsync(sent.Value!.Broadcast.Number, li, CancellationToken.None);
        Assert.Equal(new BroadcastProblem.NotAllowedToWithdraw(), refused.Problem);

        var withdrawn = await Service(bot).WithdrawAsync(sent.Value.Broadcast.Number, await MemberAsync(bot, "赵六"), CancellationToken.None);
        Assert.True(withdrawn.Succeeded);
        Assert.Equal(4, withdrawn.Value!.Cancelled);
        Assert.True((await Service(bot).FindAsync(1, CancellationToken.None))!.IsWithdrawn);
    }

    [Fact]
    public async Task A_scheduled_broadcast_fires_once_across_restarts()
    {
        var file = Path.Combine(Path.GetTempPath(), $"broadcasts-{Guid.NewGuid():N}.db");
        try
        {
            var due = BotHarness.Start.AddHours(2);
            await using (var bot = OnFile(file))
            {
                _ = new BroadcastBranch(bot);
                var sent = await Service(bot).SendAsync(
                    new BroadcastDraft("中午集合", BroadcastAudience.Branch, false, due), await MemberAsync(bot, "王书记"), CancellationToken.None);
                Assert.True(sent.Succeeded);
                Assert.Equal(0, await DeliverAsync(bot));
            }

            await using (var restarted = OnFile(file))
            {
                restarted.Clock.Advance(TimeSpan.FromHours(2));
                Assert.Equal(0, await Service(restarted).QueueUnqueuedAsync(CancellationToken.None));
                Assert.Equal(4, await DeliverAsync(restarted));
                Assert.Equal(3, restarted.Channel.TakeFor("conv-test-zhang").Count + restarted.Channel.TakeFor("conv-test-li").Count + restarted.Channel.TakeFor("conv-test-zhao").Count);
            }

            await using (var again = OnFile(file))
            {
                again.Clock.Advance(TimeSpan.FromHours(3));
                Assert.Equal(0, await DeliverAsync(again));
                var detail = (await Service(again).GetDetailAsync(1, CancellationToken.None)).Value!;
                Assert.Equal(3, detail.Counts.Sent);
                Assert.Equal(1, detail.Counts.Unreachable);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_broadcast_stored_but_never_queued_is_queued_once_at_start_up()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        var secretary = await MemberAsync(bot, "王书记");
        var zhang = await MemberAsync(bot, "张三");
        var store = bot.Services.GetRequiredService<IBroadcastStore>();
        await store.SaveAsync(new Broadcast
        {
            Number = 1, BatchBase = store.BatchBaseOf(1), AuthorId = secretary.Id, Text = "断电前写下的广播", Audience = BroadcastAudience.Branch, AudienceLabel = "全体党员",
            RecipientIds = [zhang.Id], CreatedAt = bot.Clock.GetUtcNow(),
        }, CancellationToken.None);

        Assert.Equal(1, await Service(bot).QueueUnqueuedAsync(CancellationToken.None));
        Assert.Equal(0, await Service(bot).QueueUnqueuedAsync(CancellationToken.None));
        Assert.Equal(1, branch.Deliver());
        branch.Zhang.ExpectNotification("断电前写下的广播").ExpectNoMoreReplies();
    }

    private static Task<int> DeliverAsync(BotHarness bot) =>
        bot.Services.GetRequiredService<IDeliveryDispatcher>().RunDueAsync(CancellationToken.None);

    private static BotHarness OnFile(string file) =>
        new(services => services.AddSingleton(_ => LiteDbContext.Open($"Filename={file};Connection=shared", Path.GetTempPath())));
}
