using System.Diagnostics;
using System.Globalization;
using BranchBot.BotFramework.Outgoing;
using BranchBot.Channels;
using BranchBot.Core.Conversations;
using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;

/// <summary>
/// Where one message's time goes, stage by stage, over members m0..m{count-1} seeded with chat addresses on the
/// loopback connector: the roster read, the chat-address reads, the HTTP posts (MaxConcurrency at once), and the
/// whole engine with the real <see cref="OutboxChannel"/>.
/// </summary>
internal static class ChannelProfile
{
    private const int Concurrency = 16;

    public static async Task RunAsync(IServiceProvider provider, int count)
    {
        var members = provider.GetRequiredService<IMembershipStore>();
        var addresses = provider.GetRequiredService<IChatAddressStore>();
        var sender = provider.GetRequiredService<ProactiveSender>();
        var ids = Enumerable.Range(0, count).Select(i => $"m{i}").ToList();

        var watch = Stopwatch.StartNew();
        var roster = await members.ListMembersAsync(CancellationToken.None);
        Report("roster read (once)", roster.Count, watch);

        watch.Restart();
        var found = new List<ChatAddress>(count);
        foreach (var member in roster)
        {
            var account = member.ChatAccounts[0];
            found.Add((await addresses.GetAsync(account.ChannelId, account.UserId, CancellationToken.None))!);
        }

        Report("chat-address reads", found.Count, watch);

        watch.Restart();
        await Parallel.ForEachAsync(found, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (address, token) =>
        {
            var activity = ChannelMessages.Render(DeliveryMessage.WithTitleButtons("【支部通知】本周五下午三点集中学习，请准时参加。", ["收到"]));
            await sender.SendAsync(ConversationReferences.For(address), activity, SendAttempts.Single(), token);
        });
        Report($"HTTP posts, {Concurrency} at once", found.Count, watch);

        var options = Microsoft.Extensions.Options.Options.Create(new DeliveryOptions { MaxPerSecond = 0, MaxConcurrency = Concurrency });
        var channel = new OutboxChannel(new RosterSnapshot(members, TimeProvider.System), members, addresses, sender, options);
        var store = new TimedDeliveryStore(provider.GetRequiredService<IDeliveryStore>());
        var dispatcher = new DeliveryDispatcher(
            store, channel, new DeliverySignal(), TimeProvider.System, options,
            provider.GetRequiredService<ILogger<DeliveryDispatcher>>());
        await provider.GetRequiredService<IDeliveryOutbox>().EnqueueAsync(
            new DeliveryRequest("profile", ids, new DeliveryMessage("通知")), CancellationToken.None);
        watch.Restart();
        var sent = await dispatcher.RunDueAsync(CancellationToken.None);
        Report("engine + real channel, end to end", sent, watch);
        Console.WriteLine($"  {store.Summary}");
    }

    private static void Report(string stage, int count, Stopwatch watch) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stage,-36} {count,6} in {watch.ElapsedMilliseconds,6} ms = {watch.Elapsed.TotalMilliseconds * 1000 / Math.Max(count, 1),8:F0} us each, {count / watch.Elapsed.TotalSeconds,8:F0}/s"));
}
