using System.Net;
using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Schema;
using BranchBot.Channels;
using BranchBot.Core.Conversations;
using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace BranchBot.Tests.Delivery;

/// <summary>
/// <see cref="OutboxNotifier"/>: a notice sent within a turn is an outbox batch whose first attempt runs at once; who
/// was told comes from that attempt, and the workers retry the rest later.
/// </summary>
public class OutboxNotifierTests
{
    private static Member MemberWith(string name, params string[] userIds) => new()
    {
        Id = Member.NewId(),
        Name = name,
        ChatAccounts = [.. userIds.Select(u => new ChatAccount("test", u))],
    };

    /// <summary>Stores the members and a chat address for each of the given user ids, as joining from chat would.</summary>
    private static async Task<IReadOnlyList<Member>> AddAsync(BotHarness bot, IReadOnlyList<Member> members, params string[] userIdsWithAddress)
    {
        await bot.Services.GetRequiredService<IMembershipStore>().ApplyAsync(new MembershipChange { Members = members }, CancellationToken.None);
        var addresses = bot.Services.GetRequiredService<IChatAddressStore>();
        foreach (var userId in userIdsWithAddress)
        {
            await addresses.SaveAsync(
                new ChatAddress("test", userId, null, $"conv-{userId}", "https://channel.test/", "bot", "BranchBot", null, "zh-CN", BotHarness.Start),
                CancellationToken.None);
        }

        return members;
    }

    private static Task<NotificationResult> NotifyAsync(BotHarness bot, IReadOnlyList<Member> members, Notification notification) =>
        bot.Services.GetRequiredService<IMemberNotifier>().NotifyAsync(members, notification, CancellationToken.None);

    /// <summary>A channel that refuses the blocked conversation (403, final), fails the unavailable ones (503) while they are listed, and records the rest.</summary>
    private sealed class ScriptedChannel
    {
        public ScriptedChannel(string? blocked = null, params string[] unavailable)
        {
            Unavailable = [.. unavailable];
            Mock.Setup(c => c.SendAsync(It.IsAny<Activity>(), It.IsAny<SendAttempts>(), It.IsAny<CancellationToken>()))
                .Returns((Activity activity, SendAttempts attempts, CancellationToken token) => activity.Conversation?.Id switch
                {
                    var id when id == blocked => throw new ChannelDeliveryException("blocked", HttpStatusCode.Forbidden, isFinal: true),
                    var id when id is not null && Unavailable.Contains(id) => throw new ChannelDeliveryException("unavailable", HttpStatusCode.ServiceUnavailable, isFinal: false),
                    _ => Delivered.SendAsync(activity, attempts, token),
                });
        }

        public Mock<IChannelSender> Mock { get; } = new();

        public HashSet<string> Unavailable { get; }

        public RecordingChannelSender Delivered { get; } = new();

        public BotHarness Harness() => new(services => services.AddSingleton(Mock.Object));
    }

    [Fact]
    public async Task Every_account_of_a_member_gets_the_text_and_buttons_in_the_turn_itself()
    {
        var channel = new ScriptedChannel();
        await using var bot = channel.Harness();
        var members = await AddAsync(bot, [MemberWith("张三", "a1", "a2")], "a1", "a2");

        var result = await NotifyAsync(bot, members, new Notification("会议提醒", ["签到", "请假"]) { Key = "test:reminder" });

        Assert.Equal(1, result.Delivered);
        Assert.Empty(result.Unreached);
        foreach (var conversation in new[] { "conv-a1", "conv-a2" })
        {
            var activity = Assert.Single(channel.Delivered.TakeFor(conversation));
            Assert.Equal("会议提醒", activity.Text);
            Assert.Equal(["签到", "请假"], activity.SuggestedActions!.Actions.Select(a => a.Value?.ToString()));
        }

        // One attempt, as every outbox send: the engine retries, not the connector client inside the turn.
        Assert.All(channel.Delivered.Attempts, attempt => Assert.IsType<SendAttempts.SingleAttempt>(attempt.Attempts));
        var report = await bot.Services.GetRequiredService<IDeliveryOutbox>().GetReportAsync(OutboxNotifier.BatchPrefix + "test:reminder", CancellationToken.None);
        Assert.Equal(DeliveryState.Sent, Assert.Single(report.Items).State);
    }

    [Fact]
    public async Task A_member_is_told_when_any_account_gets_it_and_unreached_otherwise()
    {
        var channel = new ScriptedChannel(blocked: "conv-b1", "conv-c1");
        await using var bot = channel.Harness();
        var twoAccounts = MemberWith("李四", "b1", "b2");
        var unavailable = MemberWith("王五", "c1");
        var neverWrote = MemberWith("赵六", "d1");
        var unbound = MemberWith("钱七");
        await AddAsync(bot, [twoAccounts, unavailable, neverWrote, unbound], "b1", "b2", "c1");

        var result = await NotifyAsync(bot, [twoAccounts, unavailable, neverWrote, unbound], new Notification("通知") { Key = "test:mixed" });

        Assert.Equal(1, result.Delivered);
        Assert.Equal(["王五", "赵六", "钱七"], result.Unreached.Select(m => m.Name));
        Assert.Single(channel.Delivered.TakeFor("conv-b2"));
    }

    [Fact]
    public async Task A_member_the_first_attempt_missed_is_retried_by_the_workers_and_nobody_else_gets_it_twice()
    {
        var channel = new ScriptedChannel(blocked: null, "conv-c1");
        await using var bot = channel.Harness();
        var told = MemberWith("张三", "a1");
        var later = MemberWith("王五", "c1");
        await AddAsync(bot, [told, later], "a1", "c1");

        var result = await NotifyAsync(bot, [told, later], new Notification("会议通知") { Key = "test:retry" });
        Assert.Equal(["王五"], result.Unreached.Select(m => m.Name));
        Assert.Single(channel.Delivered.TakeFor("conv-a1"));

        // The channel recovers; once the retry is due, a worker pass sends it.
        channel.Unavailable.Clear();
        Assert.Equal(0, bot.DeliverOutbox());
        bot.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(1, bot.DeliverOutbox());

        Assert.Equal("会议通知", Assert.Single(channel.Delivered.TakeFor("conv-c1")).Text);
        Assert.Empty(channel.Delivered.TakeFor("conv-a1"));
        var report = await bot.Services.GetRequiredService<IDeliveryOutbox>().GetReportAsync(OutboxNotifier.BatchPrefix + "test:retry", CancellationToken.None);
        Assert.All(report.Items, item => Assert.Equal(DeliveryState.Sent, item.State));
    }

    [Fact]
    public async Task The_same_notice_sent_again_reaches_nobody_twice()
    {
        var channel = new ScriptedChannel();
        await using var bot = channel.Harness();
        var members = await AddAsync(bot, [MemberWith("张三", "a1")], "a1");

        var first = await NotifyAsync(bot, members, new Notification("谈心记录") { Key = "test:once" });
        var again = await NotifyAsync(bot, members, new Notification("谈心记录") { Key = "test:once" });

        Assert.Equal(1, first.Delivered);
        Assert.Equal(1, again.Delivered);
        Assert.Single(channel.Delivered.TakeFor("conv-a1"));
    }

    [Fact]
    public async Task A_notice_names_the_only_accounts_it_is_for()
    {
        var channel = new ScriptedChannel();
        await using var bot = channel.Harness();
        var members = await AddAsync(bot, [MemberWith("王书记", "old", "new")], "old", "new");

        var result = await NotifyAsync(
            bot, members, new Notification("找回提醒") { Key = "test:only", OnlyTo = [new ChatAccount("test", "old")] });

        Assert.Equal(1, result.Delivered);
        Assert.Single(channel.Delivered.TakeFor("conv-old"));
        Assert.Empty(channel.Delivered.TakeFor("conv-new"));
    }

    [Fact]
    public async Task A_queued_notice_returns_before_any_send_and_the_workers_send_it_once()
    {
        var channel = new ScriptedChannel();
        await using var bot = channel.Harness();
        var members = await AddAsync(bot, [MemberWith("王书记", "s1")], "s1");
        var notifier = bot.Services.GetRequiredService<IMemberNotifier>();

        await notifier.QueueAsync(members, new Notification("【谈心】张三提交了谈心反馈") { Key = "test:queued" }, CancellationToken.None);
        await notifier.QueueAsync(members, new Notification("【谈心】张三提交了谈心反馈") { Key = "test:queued" }, CancellationToken.None);

        Assert.Empty(channel.Delivered.TakeFor("conv-s1"));
        var outbox = bot.Services.GetRequiredService<IDeliveryOutbox>();
        var queued = await outbox.GetReportAsync(OutboxNotifier.BatchPrefix + "test:queued", CancellationToken.None);
        Assert.Equal(DeliveryState.Pending, Assert.Single(queued.Items).State);

        Assert.Equal(1, bot.DeliverOutbox());
        Assert.Equal("【谈心】张三提交了谈心反馈", Assert.Single(channel.Delivered.TakeFor("conv-s1")).Text);
        var sent = await outbox.GetReportAsync(OutboxNotifier.BatchPrefix + "test:queued", CancellationToken.None);
        Assert.Equal(DeliveryState.Sent, Assert.Single(sent.Items).State);
    }

    [Fact]
    public async Task A_large_notice_is_sent_to_everyone()
    {
        var channel = new ScriptedChannel();
        await using var bot = channel.Harness();
        var ids = Enumerable.Range(0, 300).Select(i => $"u{i}").ToArray();
        var members = await AddAsync(bot, [.. ids.Select(id => MemberWith(id, id))], ids);

        var result = await NotifyAsync(bot, members, new Notification("批量") { Key = "test:large" });

        Assert.Equal(300, result.Delivered);
        Assert.Equal(300, channel.Delivered.Pending.Count);
    }
}

/// <summary>
/// <see cref="IDeliveryDispatcher.RunBatchAsync"/> beside a worker: an item is taken by one of them only, and the inline
/// run reports what the worker did with the items it took.
/// </summary>
public sealed class RunBatchTests : IDisposable
{
    private const string Notice = "notice:test";
    private readonly DeliveryEngine _engine = new(new DeliveryOptions { MaxPerSecond = 0, MaxConcurrency = 16 });

    [Fact]
    public async Task A_batch_run_sends_only_its_own_batch()
    {
        await _engine.EnqueueAsync("broadcast:b_1", DeliveryEngine.Members(3), "广播");
        await _engine.EnqueueAsync(Notice, ["m0001"], "通知");

        Assert.Equal(1, await _engine.Dispatcher.RunBatchAsync(Notice, CancellationToken.None));

        Assert.Equal(["通知"], _engine.Channel.Sends.Select(s => s.Text));
        Assert.Equal(3, (await _engine.ReportAsync("broadcast:b_1")).Count(DeliveryState.Pending));
    }

    [Fact]
    public async Task A_worker_running_meanwhile_does_not_send_what_the_batch_run_took()
    {
        // Slow sends: the worker pass starts while the batch run's sends are still in flight.
        var engine = new DeliveryEngine(new DeliveryOptions { MaxPerSecond = 0, MaxConcurrency = 16 });
        using var _ = engine;
        var slow = new SlowChannel(engine.Channel);
        var dispatcher = engine.DispatcherOver(slow);
        await engine.EnqueueAsync(Notice, DeliveryEngine.Members(8));

        var inline = dispatcher.RunBatchAsync(Notice, CancellationToken.None);
        await slow.FirstSendStarted;

        // The worker's claim is made before its run returns a task; the sends then go on together.
        var worker = dispatcher.RunDueAsync(CancellationToken.None);
        slow.Release();

        Assert.Equal(0, await worker);
        Assert.Equal(8, await inline);
        Assert.Equal(DeliveryEngine.Members(8), engine.Channel.Sends.Select(s => s.MemberId).Order(StringComparer.Ordinal));
        Assert.Equal(8, (await engine.ReportAsync(Notice)).Count(DeliveryState.Sent));
    }

    [Fact]
    public async Task A_batch_run_waits_for_the_items_a_worker_took_first()
    {
        var engine = new DeliveryEngine(new DeliveryOptions { MaxPerSecond = 0, MaxConcurrency = 16 });
        using var _ = engine;
        var slow = new SlowChannel(engine.Channel);
        var dispatcher = engine.DispatcherOver(slow);
        await engine.EnqueueAsync(Notice, DeliveryEngine.Members(4));

        var worker = dispatcher.RunDueAsync(CancellationToken.None);
        await slow.FirstSendStarted;
        var inline = dispatcher.RunBatchAsync(Notice, CancellationToken.None);
        await Task.Delay(50);
        Assert.False(inline.IsCompleted, "the batch run returned while the worker still had its items in flight");

        slow.Release();
        Assert.Equal(0, await inline);
        Assert.Equal(4, await worker);
        Assert.Equal(4, (await engine.ReportAsync(Notice)).Count(DeliveryState.Sent));
        Assert.Equal(4, engine.Channel.Sends.Count);
    }

    public void Dispose() => _engine.Dispose();

    /// <summary>Holds every send until <see cref="Release"/>, then passes it to the recording channel.</summary>
    private sealed class SlowChannel(RecordingDeliveryChannel inner) : IDeliveryChannel
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task FirstSendStarted => _started.Task;

        public void Release() => _release.TrySetResult();

        public async Task<DeliveryAttempt> SendAsync(DeliveryItem item, CancellationToken cancellationToken)
        {
            _started.TrySetResult();
            await _release.Task.WaitAsync(cancellationToken);
            return await inner.SendAsync(item, cancellationToken);
        }
    }
}
