using System.Net;
using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Schema;
using BranchBot.Core.Conversations;
using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace BranchBot.Tests.Scheduling;

public class ChatMemberNotifierTests
{
    private static Member MemberWith(string name, params string[] userIds) => new()
    {
        Id = Member.NewId(),
        Name = name,
        ChatAccounts = [.. userIds.Select(u => new ChatAccount("test", u))],
    };

    private static async Task RememberAsync(BotHarness bot, params string[] userIds)
    {
        var store = bot.Services.GetRequiredService<IChatAddressStore>();
        foreach (var userId in userIds)
        {
            await store.SaveAsync(
                new ChatAddress("test", userId, null, $"conv-{userId}", "https://channel.test/", "bot", "BranchBot", null, "zh-CN", BotHarness.Start),
                CancellationToken.None);
        }
    }

    /// <summary>A channel that refuses the given conversations (403, final) or fails them for now (503) and records the rest.</summary>
    private static (BotHarness Bot, RecordingChannelSender Delivered) HarnessWithChannel(string? blocked = null, string? unavailable = null)
    {
        var delivered = new RecordingChannelSender();
        var channel = new Mock<IChannelSender>();
        channel.Setup(c => c.SendAsync(It.IsAny<Activity>(), It.IsAny<SendAttempts>(), It.IsAny<CancellationToken>()))
            .Returns((Activity activity, SendAttempts attempts, CancellationToken token) => activity.Conversation?.Id switch
            {
                var id when id == blocked => throw new ChannelDeliveryException("blocked", HttpStatusCode.Forbidden, isFinal: true),
                var id when id == unavailable => throw new ChannelDeliveryException("unavailable", HttpStatusCode.ServiceUnavailable, isFinal: false),
                _ => delivered.SendAsync(activity, attempts, token),
            });
        return (new BotHarness(services => services.AddSingleton(channel.Object)), delivered);
    }

    [Fact]
    public async Task Every_account_of_a_member_gets_the_text_and_buttons()
    {
        var (bot, delivered) = HarnessWithChannel();
        await using var _ = bot;
        await RememberAsync(bot, "a1", "a2");

        var result = await bot.Services.GetRequiredService<IMemberNotifier>().NotifyAsync(
            [MemberWith("张三", "a1", "a2")], new Notification("会议提醒", ["签到", "请假"]), CancellationToken.None);

        Assert.Equal(1, result.Delivered);
        Assert.Empty(result.Unreached);
        foreach (var conversation in new[] { "conv-a1", "conv-a2" })
        {
            var activity = Assert.Single(delivered.TakeFor(conversation));
            Assert.Equal("会议提醒", activity.Text);
            Assert.Equal(["签到", "请假"], activity.SuggestedActions!.Actions.Select(a => a.Value?.ToString()));
        }
    }

    [Fact]
    public async Task A_member_is_reached_when_any_account_gets_it_and_unreached_otherwise()
    {
        var (bot, delivered) = HarnessWithChannel(blocked: "conv-b1", unavailable: "conv-c1");
        await using var _ = bot;
        await RememberAsync(bot, "b1", "b2", "c1");
        var twoAccounts = MemberWith("李四", "b1", "b2");
        var unavailable = MemberWith("王五", "c1");
        var neverWrote = MemberWith("赵六", "d1");
        var unbound = MemberWith("钱七");

        var result = await bot.Services.GetRequiredService<IMemberNotifier>().NotifyAsync(
            [twoAccounts, unavailable, neverWrote, unbound], new Notification("通知"), CancellationToken.None);

        Assert.Equal(1, result.Delivered);
        Assert.Equal(["王五", "赵六", "钱七"], result.Unreached.Select(m => m.Name));
        Assert.Single(delivered.TakeFor("conv-b2"));
    }

    [Fact]
    public async Task A_large_batch_is_sent_to_everyone()
    {
        var (bot, delivered) = HarnessWithChannel();
        await using var _ = bot;
        var ids = Enumerable.Range(0, 300).Select(i => $"u{i}").ToArray();
        await RememberAsync(bot, ids);

        var result = await bot.Services.GetRequiredService<IMemberNotifier>().NotifyAsync(
            [.. ids.Select(id => MemberWith(id, id))], new Notification("批量"), CancellationToken.None);

        Assert.Equal(300, result.Delivered);
        Assert.Equal(300, delivered.Pending.Count);
    }
}
