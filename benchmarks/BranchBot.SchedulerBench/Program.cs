using System.Diagnostics;
using System.Globalization;
using BranchBot.BotFramework.Hosting;
using BranchBot.Channels;
using BranchBot.Core.Conversations;
using BranchBot.Core.Delivery;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Security;
using BranchBot.Dialogs;
using BranchBot.Hosting;
using BranchBot.Scheduling;
using BranchBot.Storage.LiteDb;
using Quartz;

// Scheduler benchmark (benchmarks/run-scheduler.sh), loopback only:
//   1,000 meetings x 100 members stored -> start-up rebuild time (target < 5 s);
//   100 of those meetings start in the same minute: their 1-hour reminders (10,000 members) fired by real Quartz
//   and handed to the loopback connector (LoadTools `connector` mode) -> time until the connector has them all
//   (target < 10 s).
if (args is not [var connectorUrl, var workDirectory])
{
    Console.Error.WriteLine("usage: BranchBot.SchedulerBench CONNECTOR_URL WORK_DIRECTORY");
    return 2;
}

const int Groups = 100;
const int MembersPerGroup = 100;
const int Meetings = 1_000;
const int SameMinuteMeetings = Groups;
var dueIn = TimeSpan.FromSeconds(15);
var connector = new Uri(connectorUrl);
using var http = new HttpClient { BaseAddress = connector, Timeout = TimeSpan.FromSeconds(5) };

var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["BranchBot:TimeZone"] = "Asia/Shanghai",
    ["MicrosoftAppId"] = string.Empty,
    // Only the 1-hour reminder: with the default 1-day one too, the same-minute meetings (created an hour ahead)
    // would get their missed 1-day reminder at once, before the measured batch.
    ["Meetings:ReminderOffsets:0"] = "01:00:00",
    // The loopback connector has no rate limit; the delivery engine's own limit is measured by run-delivery.sh.
    ["Broadcast:MaxPerSecond"] = "0",
}).Build();
var services = new ServiceCollection();
services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole());
services.AddSingleton<IConfiguration>(configuration);
services.AddBranchBotDomain(configuration);
services.AddLiteDbStorage($"Filename={Path.Combine(workDirectory, "scheduler-bench.db")};Connection=direct", workDirectory);
services.AddBotFrameworkProtocol(configuration);
services.AddChannels();
services.AddBranchBotDialogs();
services.AddSingleton(LookupKey.Generate()); // the server's comes from its signing key file
services.AddMeetingScheduler(configuration);
// No web application here: the benchmark composes the server's services in a container of its own.
#pragma warning disable ASP0000
await using var provider = services.BuildServiceProvider();
#pragma warning restore ASP0000
var now = TimeProvider.System.GetUtcNow();

// Seed: 100 党小组 of 100 members, each with a stored chat address on the loopback connector.
var seed = Stopwatch.StartNew();
var groups = Enumerable.Range(0, Groups).Select(g => new PartyGroup { Id = $"g{g}", Name = $"第{g + 1}党小组", CreatedAt = now }).ToList();
var members = Enumerable.Range(0, Groups * MembersPerGroup).Select(i => new Member
{
    Id = $"m{i}",
    Name = $"党员{i}",
    GroupId = $"g{i % Groups}",
    ChatAccounts = [new ChatAccount("emulator", $"u{i}")],
    CreatedAt = now,
}).ToList();
await provider.GetRequiredService<IMembershipStore>().ApplyAsync(new MembershipChange { Groups = groups, Members = members }, CancellationToken.None);
var addresses = provider.GetRequiredService<IChatAddressStore>();
provider.GetRequiredService<LiteDbContext>().InTransaction(() =>
{
    foreach (var member in members)
    {
        addresses.SaveAsync(
            new ChatAddress("emulator", member.ChatAccounts[0].UserId, member.Name, $"conv-{member.Id}", connector.ToString(), "bot", "BranchBot", null, "zh-CN", now),
            CancellationToken.None).AsTask().GetAwaiter().GetResult();
    }
});

// The first 100 meetings (one per group) start in the same minute, their 1-hour reminder due in 15 s;
// the other 900 are spread over the next 30 days.
var sameMinuteStart = now + TimeSpan.FromHours(1) + dueIn;
var meetings = Enumerable.Range(0, Meetings).Select(i => new Meeting
{
    Id = $"mt_bench{i:0000}",
    Kind = MeetingKind.GroupMeeting,
    StartsAt = i < SameMinuteMeetings ? sameMinuteStart : now + TimeSpan.FromHours(3) + TimeSpan.FromMinutes(43 * i),
    EndsAt = (i < SameMinuteMeetings ? sameMinuteStart : now + TimeSpan.FromHours(3) + TimeSpan.FromMinutes(43 * i)) + TimeSpan.FromHours(2),
    Audience = MeetingAudience.Group($"g{i % Groups}"),
    Topic = "学习党章",
    Place = "会议室",
    CreatedAt = now,
}).ToList();
await provider.GetRequiredService<IMeetingStore>().SaveManyAsync(meetings, CancellationToken.None);
Console.WriteLine($"seeded {members.Count} members, {meetings.Count} meetings in {seed.ElapsedMilliseconds} ms");

// Start-up rebuild, timed as the hosted service runs it (from the database into Quartz's store).
var rebuild = Stopwatch.StartNew();
var (rebuiltMeetings, triggers) = await provider.GetRequiredService<MeetingTriggerRebuilder>().RebuildAsync(CancellationToken.None);
rebuild.Stop();
Console.WriteLine($"start-up rebuild: {rebuiltMeetings} meetings, {triggers} triggers in {rebuild.ElapsedMilliseconds} ms (target < 5000 ms)");

// The reminder batch: Quartz fires the 100 reminders at their due instant; count what reaches the connector.
// Reminders are queued in the delivery outbox; its worker (the server's DeliveryWorker) sends them.
using var stopDelivery = new CancellationTokenSource();
var delivery = provider.GetRequiredService<IDeliveryDispatcher>().RunAsync(stopDelivery.Token);
var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);
await scheduler.Start(CancellationToken.None);
var due = sameMinuteStart - TimeSpan.FromHours(1);
var expected = SameMinuteMeetings * MembersPerGroup;
while (TimeProvider.System.GetUtcNow() < due - TimeSpan.FromMilliseconds(100))
{
    await Task.Delay(20);
}

var before = await CountAsync();
while (TimeProvider.System.GetUtcNow() < due)
{
    await Task.Delay(5);
}

var batch = Stopwatch.StartNew();
long received;
while ((received = await CountAsync() - before) < expected && batch.Elapsed < TimeSpan.FromSeconds(60))
{
    await Task.Delay(20);
}

batch.Stop();
await scheduler.Shutdown(waitForJobsToComplete: true, CancellationToken.None);
await stopDelivery.CancelAsync();
await delivery.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"reminder batch: {received} of {expected} reminders at the connector {batch.Elapsed.TotalMilliseconds:F0} ms after they came due ({received / batch.Elapsed.TotalSeconds:F0}/s; target < 10000 ms)"));
return received >= expected ? 0 : 1;

async Task<long> CountAsync() => long.Parse(await http.GetStringAsync("count"), CultureInfo.InvariantCulture);
