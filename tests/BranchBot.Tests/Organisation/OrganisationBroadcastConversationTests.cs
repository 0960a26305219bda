using BranchBot.Core.Broadcasts;
using BranchBot.Core.Organisation;
using BranchBot.Core.Organisation.Broadcasts;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Organisation;

/// <summary>
/// 党委广播: the 党建专员 sends one notice to every branch (or their 书记, or one branch); each branch gets its own
/// numbered broadcast signed by the 党委, members press 收到 as usual, and 党委广播记录 counts the receipts branch by
/// branch. A branch secretary without a 党委 role cannot send one; a 确认 sent twice sends once.
/// </summary>
public class OrganisationBroadcastConversationTests
{
    [Fact]
    public async Task A_notice_to_all_members_reaches_both_branches_and_is_acknowledged_and_counted_per_branch()
    {
        await using var bot = new BotHarness();
        var (wang, zhang, li, zhao) = TwoBranchScript.Start(bot);

        wang.Send("党委广播 全体党员 周五下午三点在礼堂召开全体党员大会，请准时参加").ExpectReply("党委广播预览")
            .WithButtons("发送并要求回执", "发送（不要回执）", "暂不发送");
        Assert.Contains("发给：全体党员，2个支部共3人", wang.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("第二党支部：2人", wang.LastReplyText, StringComparison.Ordinal);
        wang.Send("发送并要求回执").ExpectReply("已发出党委广播1：2个支部共3人，要求回执");
        wang.Send("发送并要求回执").ExpectReply("已经处理过了").ExpectNoMoreReplies();

        zhang.ExpectNotification("【党委通知 #1】").WithButtons("收到", "回复");
        Assert.Contains("—— 党委 王书记", zhang.LastReplyText, StringComparison.Ordinal);
        zhao.ExpectNotification("周五下午三点在礼堂").Send("收到").ExpectReply("已确认收到广播 #1");
        li.ExpectNotification("【党委通知 #1】");
        wang.ExpectNoMoreReplies();
        li.Send("回复 广播1 我们支部周五要值班，能否改到周六").ExpectReply("已转给王书记");
        wang.ExpectNotification("【党委广播回复】第二党支部的李书记 回复了党委广播1").WithButtons("党委广播记录 1");
        Assert.Contains("能否改到周六", wang.LastReplyText, StringComparison.Ordinal);

        wang.Send("党委广播记录").ExpectReply("1. ").ExpectNoMoreReplies();
        Assert.Contains("送达3/3，回执1/3", wang.LastReplyText, StringComparison.Ordinal);
        wang.Send("党委广播记录 1").ExpectReply("党委广播1");
        Assert.Contains("第二党支部：送达2/2，回执1/2（支部广播1）", wang.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("送达1/1，回执0/1", wang.LastReplyText, StringComparison.Ordinal);

        // The branch sees it among its own broadcasts, numbered there.
        li.Send("广播记录").ExpectReply("#1 ");
        Assert.Contains("党委 王书记", li.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_notice_to_the_secretaries_reaches_only_them_and_one_to_a_branch_only_that_branch()
    {
        await using var bot = new BotHarness();
        var (wang, zhang, li, zhao) = TwoBranchScript.Start(bot);

        wang.Send("党委广播 各支部书记 请于周五前报送本季度台账").ExpectReply("发给：各支部书记，1个支部共1人");
        wang.Send("发送（不要回执）").ExpectReply("已发出党委广播1：1个支部共1人。");
        Assert.Contains("机关第一党支部未发：没有可发送的人", wang.LastReplyText, StringComparison.Ordinal);
        li.ExpectNotification("请于周五前报送本季度台账").WithButtons("回复");
        zhao.ExpectNoMoreReplies();
        zhang.ExpectNoMoreReplies();

        wang.Send("党委广播").ExpectReply("发给谁").WithButtons("全体党员", "各支部书记", "机关第一党支部", "第二党支部");
        wang.Send("第二党支部").ExpectReply("请发送要发给第二党支部的通知内容");
        wang.Send("下周二组织生活会，请做好准备").ExpectReply("发给：第二党支部全体党员，1个支部共2人");
        wang.Send("确认").ExpectReply("已发出党委广播2");
        zhao.ExpectNotification("下周二组织生活会");
        li.ExpectNotification("下周二组织生活会");
        zhang.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task A_branch_secretary_without_a_party_committee_role_cannot_send_one_and_an_unknown_branch_is_asked_back()
    {
        await using var bot = new BotHarness();
        var (wang, _, li, zhao) = TwoBranchScript.Start(bot);

        li.Send("党委广播 全体党员 测试").ExpectReply("只有党委书记、副书记、组织委员和党建专员可以发党委广播");
        li.Send("党委广播记录").ExpectReply("只有党委书记");
        wang.Send("党委广播 第三党支部 开会").ExpectReply("没有叫「第三党支部」的支部");
        wang.Send("党委广播 全体党员 开会").ExpectReply("党委广播预览").Send("暂不发送").ExpectReply("已取消，党委广播没有发出");
        zhao.ExpectNoMoreReplies();
        wang.Send("党委广播记录").ExpectReply("还没有发过党委广播");
    }

    [Fact]
    public async Task A_fan_out_a_stop_interrupted_is_finished_at_start_up_once_per_branch()
    {
        await using var bot = new BotHarness();
        var (wang, zhang, _, zhao) = TwoBranchScript.Start(bot);
        var scopes = bot.Services.GetRequiredService<IBranchScopes>();
        var branchIds = await scopes.OpenBranchIdsAsync(CancellationToken.None);
        var store = bot.Services.GetRequiredService<IOrganisationBroadcastStore>();
        var wangId = (await bot.Services.GetRequiredService<Core.Membership.IMembershipStore>().ListMembersAsync(CancellationToken.None)).Single(m => m.Name == "王书记").Id;
        await store.SaveAsync(
            new OrganisationBroadcast
            {
                Number = 1, Text = "停电检修，明早例会改到下午", Audience = OrganisationAudience.AllMembers, AudienceLabel = "全体党员",
                RequiresAcknowledgement = true, AuthorId = wangId, SignedAs = "党委 王书记", BranchIds = branchIds, CreatedAt = bot.Clock.GetUtcNow(),
            },
            CancellationToken.None);
        var service = bot.Services.GetRequiredService<OrganisationBroadcastService>();

        Assert.Equal(1, await service.ResumeIncompleteAsync(CancellationToken.None));
        Assert.Equal(0, await service.ResumeIncompleteAsync(CancellationToken.None));

        zhang.ExpectNotification("停电检修").ExpectNoMoreReplies();
        zhao.ExpectNotification("停电检修").ExpectNoMoreReplies();
        foreach (var branchId in branchIds)
        {
            var parts = (await scopes.For(branchId).GetRequiredService<IBroadcastStore>().ListRecentAsync(10, CancellationToken.None)).Where(b => b.OrganisationNumber == 1).ToList();
            Assert.Single(parts);
        }

        Assert.NotNull((await store.GetAsync(1, CancellationToken.None))!.CompletedAt);
        Assert.Equal(2, (await store.GetAsync(1, CancellationToken.None))!.Parts.Count(p => p.BroadcastNumber == 1));
        wang.ExpectNoMoreReplies();
    }
}
