using System.Net;
using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Schema;
using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace BranchBot.Tests.Delivery;

/// <summary>The engine over the real chat channel, with the Bot Connector side mocked: what each answer becomes.</summary>
public class OutboxChannelTests
{
    private const string Text = "支部通知：周五学习";

    /// <summary>Answers for proactive sends of <see cref="Text"/>, by conversation; everything else is recorded.</summary>
    private static BotHarness HarnessWithChannel(Mock<IChannelSender> channel, Dictionary<string, Func<Exception?>> failures)
    {
        BotHarness? bot = null;
        channel.Setup(c => c.SendAsync(It.IsAny<Activity>(), It.IsAny<SendAttempts>(), It.IsAny<CancellationToken>()))
            .Returns((Activity activity, SendAttempts attempts, CancellationToken token) =>
                activity.Text == Text && failures.TryGetValue(activity.Conversation!.Id!, out var failure) && failure() is { } exception
                    ? throw exception
                    : bot!.Channel.SendAsync(activity, attempts, token));
        bot = new BotHarness(services =>
        {
            services.AddSingleton(channel.Object);
            services.Configure<DeliveryOptions>(options => options.MaxAttempts = 2);
        });
        return bot;
    }

    /// <summary>Drains the outbox while moving the fake clock, since a 429 pauses every send on that clock.</summary>
    private static async Task DeliverWhileAdvancingAsync(BotHarness bot)
    {
        var pass = bot.Services.GetRequiredService<IDeliveryDispatcher>().RunDueAsync(CancellationToken.None);
        while (!pass.IsCompleted)
        {
            await Task.WhenAny(pass, Task.Delay(5));
            bot.Clock.Advance(TimeSpan.FromMilliseconds(500));
        }

        await pass;
    }

    private static async Task<string> MemberIdAsync(BotHarness bot, string userId) =>
        (await bot.Services.GetRequiredService<IMembershipStore>().FindByChatAccountAsync(new ChatAccount("test", userId), CancellationToken.None))!.Id;

    private static ChannelDeliveryException Http(HttpStatusCode status, bool isFinal, TimeSpan? retryAfter = null) =>
        new($"HTTP {(int)status}", status, isFinal) { RetryAfter = retryAfter };

    [Fact]
    public async Task Each_answer_of_the_channel_becomes_the_right_state()
    {
        var channel = new Mock<IChannelSender>();
        var failures = new Dictionary<string, Func<Exception?>>(StringComparer.Ordinal);
        await using var bot = HarnessWithChannel(channel, failures);
        var secretary = bot.ClaimedBranch();
        var ok = bot.JoinedMember(secretary, "ok", "张三");
        var blocked = bot.JoinedMember(secretary, "blocked", "李四");
        var gone = bot.JoinedMember(secretary, "gone", "王五");
        var broken = bot.JoinedMember(secretary, "broken", "赵六");
        var busy = bot.JoinedMember(secretary, "busy", "钱七");
        secretary.Send("添加党员 孙八").ExpectReply("邀请码");
        var neverJoined = (await bot.Services.GetRequiredService<IMembershipStore>().ListMembersAsync(CancellationToken.None)).Single(m => m.Name == "孙八").Id;
        failures[blocked.ConversationId] = () => Http(HttpStatusCode.Forbidden, isFinal: true);
        failures[gone.ConversationId] = () => Http(HttpStatusCode.NotFound, isFinal: true);
        failures[broken.ConversationId] = () => Http(HttpStatusCode.InternalServerError, isFinal: false);
        var busyOnce = 0;
        failures[busy.ConversationId] = () => Interlocked.Increment(ref busyOnce) == 1
            ? Http(HttpStatusCode.TooManyRequests, isFinal: false, TimeSpan.FromSeconds(3))
            : null;
        var ids = new[] { "ok", "blocked", "gone", "broken", "busy" }.Select(u => MemberIdAsync(bot, u).Result).Append(neverJoined).ToList();

        await bot.Services.GetRequiredService<IDeliveryOutbox>().EnqueueAsync(
            new DeliveryRequest("broadcast:t1", ids, DeliveryMessage.WithTitleButtons(Text, ["收到"])), CancellationToken.None);
        await DeliverWhileAdvancingAsync(bot);
        bot.Clock.Advance(TimeSpan.FromMinutes(10));
        await DeliverWhileAdvancingAsync(bot);

        var report = await bot.Services.GetRequiredService<IDeliveryOutbox>().GetReportAsync("broadcast:t1", CancellationToken.None);
        DeliveryItemStatus Of(int index) => report.Items.Single(i => i.MemberId == ids[index]);
        Assert.Equal((DeliveryState.Sent, 1), (Of(0).State, Of(0).Attempts));
        Assert.Equal((DeliveryState.Unreachable, 1), (Of(1).State, Of(1).Attempts));
        Assert.Equal((DeliveryState.Unreachable, 1), (Of(2).State, Of(2).Attempts));
        Assert.Equal((DeliveryState.Failed, 2), (Of(3).State, Of(3).Attempts));
        Assert.Equal((DeliveryState.Sent, 2), (Of(4).State, Of(4).Attempts));
        Assert.Equal((DeliveryState.Unreachable, 1), (Of(5).State, Of(5).Attempts));
        Assert.Contains("no chat address", Of(5).LastError, StringComparison.Ordinal);

        ok.ExpectNotification(Text).WithButtons("收到");
        busy.ExpectNotification(Text);
        channel.Verify(c => c.SendAsync(It.Is<Activity>(a => a.Text == Text && a.Conversation!.Id == broken.ConversationId), It.IsAny<SendAttempts>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task The_engine_asks_the_connector_for_a_single_attempt_and_replies_keep_their_retries()
    {
        var channel = new Mock<IChannelSender>();
        var sends = new List<(string? Text, SendAttempts Attempts)>();
        BotHarness? harness = null;
        channel.Setup(c => c.SendAsync(It.IsAny<Activity>(), It.IsAny<SendAttempts>(), It.IsAny<CancellationToken>()))
            .Returns((Activity activity, SendAttempts attempts, CancellationToken token) =>
            {
                lock (sends)
                {
                    sends.Add((activity.Text, attempts));
                }

                return harness!.Channel.SendAsync(activity, attempts, token);
            });
        await using var bot = harness = new BotHarness(services => services.AddSingleton(channel.Object));
        var secretary = bot.ClaimedBranch();
        var member = bot.JoinedMember(secretary, "zhang", "张三");

        await bot.Services.GetRequiredService<IDeliveryOutbox>().EnqueueAsync(
            new DeliveryRequest("b", [await MemberIdAsync(bot, "zhang")], new DeliveryMessage(Text)), CancellationToken.None);
        member.ExpectNotification(Text);

        Assert.Contains((Text, SendAttempts.Single(new DeliveryOptions().AttemptTimeout)), sends);
        Assert.All(sends.Where(s => s.Text != Text), s => Assert.Equal(SendAttempts.ClientRetries, s.Attempts));
    }
}
