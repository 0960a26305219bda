using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.WeCom;
using BranchBot.Channels;
using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;
using BranchBot.Storage.LiteDb.Conversations;
using BranchBot.Tests.Delivery;
using BranchBot.Tests.WeCom.Fake;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace BranchBot.Tests.WeCom;

/// <summary>
/// The delivery outbox sending over 企业微信 (members bound to a WeCom UserID, as a roster import binds them, with no
/// stored address): the platform's rate-limit code is throttling, an expired token is refreshed once, nothing is lost
/// or sent twice.
/// </summary>
public class WeComOutboxTests
{
    private sealed class WeComOutbox : IDisposable
    {
        private readonly ServiceProvider _services;

        public WeComOutbox()
        {
            Engine = new DeliveryEngine(new DeliveryOptions { MaxPerSecond = 0, MaxAttempts = 5 });
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(WeComCallbackClient.Settings()).Build();
            var services = new ServiceCollection();
            services.AddSingleton<TimeProvider>(Engine.Clock);
            services.AddWeCom(configuration);
            services.AddHttpClient(WeComApi.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Platform);
            _services = services.BuildServiceProvider();

            var wecom = _services.GetRequiredService<WeComChannel>();
            Tokens = _services.GetRequiredService<WeComAccessTokens>();
            var router = new ChannelRouter([wecom], Mock.Of<IConnectorClient>(MockBehavior.Strict));
            var sender = new MemberSender(new LiteDbChatAddressStore(Engine.Database), new ProactiveSender(router), [wecom]);
            Dispatcher = Engine.DispatcherOver(new MemberChannel(sender));
        }

        public DeliveryEngine Engine { get; }

        public WeComPlatformFake Platform { get; } = new();

        public WeComAccessTokens Tokens { get; }

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

    /// <summary>Each outbox item goes to its member's WeCom UserID (the member id with a "wx-" prefix).</summary>
    private sealed class MemberChannel(MemberSender sender) : IDeliveryChannel
    {
        public Task<DeliveryAttempt> SendAsync(DeliveryItem item, CancellationToken cancellationToken) =>
            sender.SendAsync(
                new Member { Id = item.MemberId, Name = item.MemberId, ChatAccounts = [new ChatAccount(WeComChannel.Id, "wx-" + item.MemberId)] },
                item.Message, item.DeliveryId, SendAttempts.Single(), cancellationToken);
    }

    private static async Task AssertEachDeliveredOnceAsync(WeComOutbox outbox, IReadOnlyList<string> members)
    {
        var report = await outbox.Engine.ReportAsync("broadcast:1");
        Assert.All(report.Items, item => Assert.Equal(DeliveryState.Sent, item.State));
        var perUser = outbox.Platform.Sent.GroupBy(m => m.ToUser).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal(members.Count, perUser.Count);
        Assert.All(members, m => Assert.Equal(1, perUser.GetValueOrDefault("wx-" + m)));
    }

    [Fact]
    public async Task A_thousand_recipients_with_every_tenth_call_rate_limited_are_each_delivered_once()
    {
        using var outbox = new WeComOutbox();
        outbox.Platform.SendFailure = call => call % 10 == 0 ? WeComErrors.FrequencyLimited : null;
        var members = DeliveryEngine.Members(1000);
        await outbox.Engine.EnqueueAsync("broadcast:1", members, "支部通知：周五下午学习");

        await outbox.DeliverAllAsync();

        await AssertEachDeliveredOnceAsync(outbox, members);
        Assert.True(outbox.Platform.SendCalls >= 1100, $"rate-limited calls were retried ({outbox.Platform.SendCalls} calls)");
        Assert.Equal(1, outbox.Platform.TokensIssued);
    }

    [Fact]
    public async Task A_token_expiring_mid_broadcast_is_refreshed_once_and_nothing_is_lost()
    {
        using var outbox = new WeComOutbox();
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
    public async Task Busy_is_retried_and_an_unknown_user_is_unreachable()
    {
        using var outbox = new WeComOutbox();
        outbox.Platform.SendFailure = call => call == 1 ? WeComErrors.SystemBusy : call == 3 ? WeComErrors.NoValidRecipient : null;
        await outbox.Engine.EnqueueAsync("broadcast:1", ["m1", "m2"], "支部通知");

        await outbox.DeliverAllAsync();

        var states = (await outbox.Engine.ReportAsync("broadcast:1")).Items.Select(i => i.State).Order().ToList();
        Assert.Contains(DeliveryState.Unreachable, states);
        Assert.Contains(DeliveryState.Sent, states);
    }
}
