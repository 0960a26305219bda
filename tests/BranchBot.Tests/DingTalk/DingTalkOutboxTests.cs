using System.Net;
using BranchBot.BotFramework.DingTalk;
using BranchBot.BotFramework.Outgoing;
using BranchBot.Channels;
using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;
using BranchBot.Storage.LiteDb.Conversations;
using BranchBot.Tests.Delivery;
using BranchBot.Tests.DingTalk.Fake;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace BranchBot.Tests.DingTalk;

/// <summary>
/// The delivery outbox sending over 钉钉 (members bound to a staff id, as a roster import binds them, with no stored
/// address): throttling codes are retried later, an invalid token is fetched again once, nothing is lost or sent twice.
/// </summary>
public class DingTalkOutboxTests
{
    private sealed class DingTalkOutbox : IDisposable
    {
        private readonly ServiceProvider _services;

        public DingTalkOutbox()
        {
            Engine = new DeliveryEngine(new DeliveryOptions { MaxPerSecond = 0, MaxAttempts = 5 });
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(DingTalkCallbackClient.Settings()).Build();
            var services = new ServiceCollection();
            services.AddSingleton<TimeProvider>(Engine.Clock);
            services.AddDingTalk(configuration);
            services.AddHttpClient(DingTalkApi.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Platform);
            _services = services.BuildServiceProvider();

            var dingtalk = _services.GetRequiredService<DingTalkChannel>();
            var router = new ChannelRouter([dingtalk], Mock.Of<IConnectorClient>(MockBehavior.Strict));
            var sender = new MemberSender(new LiteDbChatAddressStore(Engine.Database), new ProactiveSender(router), [dingtalk]);
            Dispatcher = Engine.DispatcherOver(new MemberChannel(sender));
        }

        public DeliveryEngine Engine { get; }

        public DingTalkPlatformFake Platform { get; } = new();

        public DeliveryDispatcher Dispatcher { get; }

        public async Task DeliverAllAsync()
        {
            for (var pass = 0; pass < 50; pass++)
            {
                var run = Dispatcher.RunDueAsync(CancellationToken.None);
                while (!run.IsCompleted)
                {
                    await Task.WhenAny(run, Task.Delay(2));
                    Engine.Clock.Advance(TimeSpan.FromSeconds(1));
                }

                await run;
                Engine.Clock.Advance(TimeSpan.FromMinutes(1));
                var report = await Engine.ReportAsync("broadcast:1");
                if (report.Items.All(i => i.State is DeliveryState.Sent or DeliveryState.Failed or DeliveryState.Unreachable))
                {
                    return;
                }
            }
        }

        public void Dispose()
        {
            _services.Dispose();
            Engine.Dispose();
        }
    }

    /// <summary>Each outbox item goes to its member's staff id (the member id with a "dt-" prefix).</summary>
    private sealed class MemberChannel(MemberSender sender) : IDeliveryChannel
    {
        public Task<DeliveryAttempt> SendAsync(DeliveryItem item, CancellationToken cancellationToken) =>
            sender.SendAsync(
                new Member { Id = item.MemberId, Name = item.MemberId, ChatAccounts = [new ChatAccount(DingTalkChannel.Id, "dt-" + item.MemberId)] },
                item.Message, item.DeliveryId, SendAttempts.Single(), cancellationToken);
    }

    private static async Task AssertEachDeliveredOnceAsync(DingTalkOutbox outbox, IReadOnlyList<string> members)
    {
        var report = await outbox.Engine.ReportAsync("broadcast:1");
        Assert.All(report.Items, item => Assert.Equal(DeliveryState.Sent, item.State));
        var perUser = outbox.Platform.Sent.GroupBy(m => m.ToUser).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal(members.Count, perUser.Count);
        Assert.All(members, m => Assert.Equal(1, perUser.GetValueOrDefault("dt-" + m)));
    }

    [Fact]
    public async Task A_thousand_recipients_with_every_tenth_call_throttled_are_each_delivered_once()
    {
        using var outbox = new DingTalkOutbox();
        outbox.Platform.SendFailure = call => call % 10 == 0 ? (HttpStatusCode.Forbidden, DingTalkErrors.QpsLimitForAppkeyAndApi) : null;
        var members = DeliveryEngine.Members(1000);
        await outbox.Engine.EnqueueAsync("broadcast:1", members, "支部通知：周五下午学习");

        await outbox.DeliverAllAsync();

        await AssertEachDeliveredOnceAsync(outbox, members);
        Assert.True(outbox.Platform.SendCalls >= 1100, $"throttled calls were retried ({outbox.Platform.SendCalls} calls)");
        Assert.Equal(1, outbox.Platform.TokensIssued);
    }

    [Fact]
    public async Task An_invalid_token_mid_broadcast_is_fetched_again_once_and_nothing_is_lost()
    {
        using var outbox = new DingTalkOutbox();
        outbox.Platform.SendFailure = call =>
        {
            if (call == 300)
            {
                outbox.Platform.ExpireToken();
            }

            return null;
        };
        var members = DeliveryEngine.Members(1000);
        await outbox.Engine.EnqueueAsync("broadcast:1", members, "支部通知：周五下午学习");

        await outbox.DeliverAllAsync();

        await AssertEachDeliveredOnceAsync(outbox, members);
        Assert.Equal(2, outbox.Platform.TokensIssued);
    }

    [Fact]
    public async Task A_server_error_is_retried_and_an_unknown_staff_id_is_unreachable()
    {
        using var outbox = new DingTalkOutbox();
        outbox.Platform.SendFailure = call => call == 1 ? (HttpStatusCode.ServiceUnavailable, "ServiceUnavailable") : null;
        await outbox.Engine.EnqueueAsync("broadcast:1", ["m1", "gone"], "支部通知");

        await outbox.DeliverAllAsync();

        var report = await outbox.Engine.ReportAsync("broadcast:1");
        Assert.Equal(DeliveryState.Sent, report.Items.Single(i => i.MemberId == "m1").State);
        Assert.Equal(DeliveryState.Unreachable, report.Items.Single(i => i.MemberId == "gone").State);
    }
}
