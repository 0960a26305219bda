using System.Globalization;
using System.Net.Http.Json;
using BranchBot.BotFramework.Hosting;
using BranchBot.Core.Conversations;
using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;
using BranchBot.Hosting;
using BranchBot.Storage.LiteDb;

// Delivery benchmark helper (benchmarks/run-delivery.sh), loopback only. The sending itself is done by the real
// server (its DeliveryWorker) over the same database file; this tool prepares the file and checks the outcome:
//   seed   DATABASE CONNECTOR_URL COUNT BATCH [CHANNEL]
//                                             members m0..m{COUNT-1}, each with a chat address on the connector
//                                             (conversation conv-m{i}), and one outbox batch to all of them; with
//                                             CHANNEL wecom or dingtalk, each bound to that platform's user u{i} instead
//                                             (no stored address: sent by user id, as a roster import binds them)
//   report DATABASE CONNECTOR_URL BATCH [CHANNEL]
//                                             the batch's report checked against what the connector received:
//                                             lost = neither received nor reported unknown, duplicates, states
//   engine DATABASE - COUNT                    the engine alone (no channel cost), messages/s
//   profile DATABASE CONNECTOR_URL COUNT       where a message's time goes: roster, chat-address reads, HTTP
//                                             posts, and the whole engine with the real channel (connector running)
if (args is not [var mode, var databaseFile, var connectorUrl, ..]) // databaseFile: a LiteDB or PostgreSQL connection string
{
    Console.Error.WriteLine("usage: seed DATABASE CONNECTOR_URL COUNT BATCH | report DATABASE CONNECTOR_URL BATCH (DATABASE: a LiteDB or PostgreSQL connection string)");
    return 2;
}

var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["BranchBot:TimeZone"] = "Asia/Shanghai",
}).Build();
var services = new ServiceCollection();
services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole());
services.AddSingleton<IConfiguration>(configuration);
services.AddBranchBotDomain(configuration);
services.AddBranchBotStorage(databaseFile, Directory.GetCurrentDirectory());
services.AddBotFrameworkProtocol(configuration);
// No web application here: the tool composes the server's services in a container of its own.
#pragma warning disable ASP0000
await using var provider = services.BuildServiceProvider();
#pragma warning restore ASP0000

switch (args)
{
    case ["seed", _, _, var countText, var batchId]:
        await SeedAsync(int.Parse(countText, CultureInfo.InvariantCulture), batchId);
        return 0;
    case ["seed", _, _, var countText, var batchId, var channel]:
        await SeedAsync(int.Parse(countText, CultureInfo.InvariantCulture), batchId, channel);
        return 0;
    case ["report", _, _, var batchId]:
        return await ReportAsync(batchId, "emulator");
    case ["report", _, _, var batchId, var channel]:
        return await ReportAsync(batchId, channel);
    case ["engine", _, _, var countText]:
        await EngineOnlyAsync(int.Parse(countText, CultureInfo.InvariantCulture));
        return 0;
    case ["profile", _, _, var countText]:
        await SeedAsync(int.Parse(countText, CultureInfo.InvariantCulture), batchId: null);
        await ChannelProfile.RunAsync(provider, int.Parse(countText, CultureInfo.InvariantCulture));
        return 0;
    default:
        Console.Error.WriteLine($"unknown mode {mode}");
        return 2;
}

async Task SeedAsync(int count, string? batchId, string channel = "emulator")
{
    var now = TimeProvider.System.GetUtcNow();
    var members = Enumerable.Range(0, count).Select(i => new Member
    {
        Id = $"m{i}",
        Name = $"党员{i}",
        ChatAccounts = [new ChatAccount(channel, $"u{i}")],
        CreatedAt = now,
    }).ToList();
    await provider.GetRequiredService<IMembershipStore>().ApplyAsync(new MembershipChange { Members = members }, CancellationToken.None);
    var addresses = provider.GetRequiredService<IChatAddressStore>();
    void SaveAddresses()
    {
        foreach (var member in members)
        {
            addresses.SaveAsync(
                new ChatAddress("emulator", member.ChatAccounts[0].UserId, member.Name, $"conv-{member.Id}", connectorUrl, "bot", "BranchBot", null, "zh-CN", now),
                CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }
    }

    // 企业微信 and 钉钉 members are reached by their user id: no conversation address is stored for them.
    // LiteDB: one transaction for all (a disk sync each otherwise); PostgreSQL: one statement each.
    if (channel == "emulator" && provider.GetService<LiteDbContext>() is { } liteDb)
    {
        liteDb.InTransaction(SaveAddresses);
    }
    else if (channel == "emulator")
    {
        SaveAddresses();
    }

    if (batchId is null)
    {
        return;
    }

    var added = await provider.GetRequiredService<IDeliveryOutbox>().EnqueueAsync(
        new DeliveryRequest(batchId, [.. members.Select(m => m.Id)], DeliveryMessage.WithTitleButtons("【支部通知】本周五下午三点集中学习，请准时参加。", ["收到"])),
        CancellationToken.None);
    Console.WriteLine($"seeded {count} members on {channel}; {added} items queued in batch {batchId}");
}

// The engine alone (outbox store, claims, results) with a channel that accepts at once: its own ceiling.
async Task EngineOnlyAsync(int count)
{
    var options = Microsoft.Extensions.Options.Options.Create(new DeliveryOptions { MaxPerSecond = 0 });
    var dispatcher = new DeliveryDispatcher(
        provider.GetRequiredService<IDeliveryStore>(), new AcceptingChannel(), new DeliverySignal(), TimeProvider.System, options,
        provider.GetRequiredService<ILogger<DeliveryDispatcher>>());
    var enqueue = System.Diagnostics.Stopwatch.StartNew();
    await provider.GetRequiredService<IDeliveryOutbox>().EnqueueAsync(
        new DeliveryRequest("engine", [.. Enumerable.Range(0, count).Select(i => $"m{i}")], new DeliveryMessage("通知")), CancellationToken.None);
    enqueue.Stop();
    var run = System.Diagnostics.Stopwatch.StartNew();
    var attempts = await dispatcher.RunDueAsync(CancellationToken.None);
    run.Stop();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"engine only: enqueue {count} in {enqueue.ElapsedMilliseconds} ms; {attempts} sent and recorded in {run.ElapsedMilliseconds} ms ({attempts / run.Elapsed.TotalSeconds:F0}/s)"));
}

async Task<int> ReportAsync(string batchId, string channel)
{
    using var http = new HttpClient { BaseAddress = new Uri(connectorUrl) };
    var received = await http.GetFromJsonAsync<Dictionary<string, int>>("conversations") ?? [];
    var report = await provider.GetRequiredService<IDeliveryOutbox>().GetReportAsync(batchId, CancellationToken.None);
    // The stand-in counts a Bot Framework message by conversation, a platform's by its user id (member m{i} is u{i}).
    int Got(DeliveryItemStatus item) => received.GetValueOrDefault(
        channel == "emulator" ? $"conv-{item.MemberId}" : $"{channel}:u{item.MemberId[1..]}");
    var unknown = report.Items.Where(i => i.State == DeliveryState.Unknown).ToList();
    var lost = report.Items.Count(i => Got(i) == 0 && i.State is not DeliveryState.Unknown);
    var sentButMissing = report.Items.Count(i => i.State == DeliveryState.Sent && Got(i) == 0);
    var duplicates = report.Items.Sum(i => Math.Max(Got(i) - 1, 0));
    var states = string.Join(", ", Enum.GetValues<DeliveryState>().Select(s => $"{s} {report.Count(s)}"));
    Console.WriteLine($"report: {report.Total} recipients: {states}");
    Console.WriteLine($"connector: {received.Count} recipients received, {received.Values.Sum()} messages, {duplicates} duplicates");
    Console.WriteLine($"unknown: {unknown.Count} ({unknown.Count(i => Got(i) > 0)} of them did arrive, {unknown.Count(i => Got(i) == 0)} did not)");
    Console.WriteLine($"lost (neither received nor reported unknown): {lost}; reported sent but not received: {sentButMissing}");
    return lost == 0 && sentButMissing == 0 ? 0 : 1;
}

/// <summary>A channel that accepts every message at once, to measure the engine without HTTP.</summary>
internal sealed class AcceptingChannel : IDeliveryChannel
{
    public Task<DeliveryAttempt> SendAsync(DeliveryItem item, CancellationToken cancellationToken) =>
        Task.FromResult(DeliveryAttempt.Sent);
}
