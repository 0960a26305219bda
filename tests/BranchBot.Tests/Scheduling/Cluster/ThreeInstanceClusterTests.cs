using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using BranchBot.Cli;
using BranchBot.Core.Conversations;
using BranchBot.Core.Delivery;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Scheduling;
using BranchBot.Storage.Postgres;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Scheduling.Cluster;

/// <summary>
/// Three BranchBot processes on one PostgreSQL database, each on its own port, sending to a Bot Connector on a real
/// port; one is killed with SIGKILL the way a machine dies. A broadcast loses nobody and repeats at most what was in
/// flight; a meeting event that the killed instance had already taken still goes out once; 签到 through all three
/// leaves one check-in per member.
/// </summary>
public sealed class ThreeInstanceClusterTests : IAsyncLifetime, IDisposable
{
    private const int MaxConcurrency = 8;
    private static readonly string[] Names = ["a", "b", "c"];
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("branchbot-three-");
    private readonly string _dataKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly List<ServerProcess> _servers = [];
    private readonly Dictionary<string, string> _conversationOf = new(StringComparer.Ordinal); // member id -> its chat conversation
    private HttpChannelConnector? _connector;
    private string? _connectionString;

    [SkippableFact]
    public async Task A_broadcast_to_a_thousand_members_survives_one_instance_killed_midway()
    {
        await SeedAsync(members: 1000, arrangeMeeting: null);
        var instances = await Task.WhenAll(Names.Select(name => StartAsync(name, maxPerSecond: 150)));

        // The secretary's dialog moves from instance to instance, as behind a load balancer without sticky sessions.
        await SayAsync(instances[0], "广播 本周五下午三点集中学习，请准时参加", "sec");
        await SayAsync(instances[1], "全体党员", "sec");
        await SayAsync(instances[2], "否", "sec");
        await SayAsync(instances[0], "立即发送", "sec");
        await SayAsync(instances[1], "确认", "sec");
        Assert.Contains("已开始发送", _connector!.TextsOf("conv-sec"), StringComparison.Ordinal);

        await WaitUntilAsync(() => Received().Count >= 300, TimeSpan.FromSeconds(60), "300 members reached");
        var (victim, claimsAtKill) = await BusiestClaimantAsync();
        instances[victim].KillHard();
        Assert.True(claimsAtKill > 0, "the killed instance held no claims: the test did not kill it mid-way");

        // The other two finish what is pending; the dead one's claims stay in flight until it comes back.
        await WaitUntilAsync(async () => await CountAsync(DeliveryState.Pending) == 0, TimeSpan.FromSeconds(60), "nothing left pending");
        await using (await StartAsync(Names[victim], maxPerSecond: 150))
        {
            // A restarted instance settles its own claims at start-up: whether those arrived is unknown.
            await WaitUntilAsync(async () => await CountAsync(DeliveryState.InFlight) == 0, TimeSpan.FromSeconds(30), "no claims left in flight");
        }

        var received = Received();
        var states = (await StatesAsync()).ToDictionary(s => _conversationOf[s.Key], s => s.Value, StringComparer.Ordinal);
        var sent = states.Where(s => s.Value == DeliveryState.Sent).Select(s => s.Key).ToList();
        var unknown = states.Where(s => s.Value == DeliveryState.Unknown).Select(s => s.Key).ToList();
        Assert.Equal(1000, states.Count);
        Assert.Equal(1000, sent.Count + unknown.Count);
        Assert.All(sent, conversation => Assert.True(received.ContainsKey(conversation), $"{conversation} is marked sent but nothing reached it"));
        var lost = states.Keys.Count(conversation => !received.ContainsKey(conversation) && states[conversation] != DeliveryState.Unknown);
        Assert.Equal(0, lost);
        var duplicates = received.Values.Sum(count => count - 1);
        Assert.True(duplicates <= claimsAtKill, $"{duplicates} duplicates, more than the {claimsAtKill} claims in flight at the kill");
        Assert.True(unknown.Count <= claimsAtKill, $"{unknown.Count} unknown, more than the {claimsAtKill} claims in flight at the kill");
    }

    [SkippableFact]
    public async Task A_meeting_event_taken_by_an_instance_that_is_killed_still_goes_out_once()
    {
        // Check-in opens 25 s from the arrangement; the only running instance takes the trigger at once (it looks
        // 30 s ahead) and is killed before it fires.
        await SeedAsync(members: 3, arrangeMeeting: TimeSpan.FromSeconds(25));
        var first = await StartAsync("a", maxPerSecond: 0, idleWaitTime: TimeSpan.FromSeconds(30));
        await WaitUntilAsync(async () => await AcquiredTriggersAsync("a") > 0, TimeSpan.FromSeconds(20), "instance a acquired the meeting's trigger");
        Assert.Empty(Notices());
        first.KillHard();

        await Task.WhenAll(StartAsync("b", maxPerSecond: 0), StartAsync("c", maxPerSecond: 0));
        await WaitUntilAsync(() => Notices().Count == 4, TimeSpan.FromSeconds(60), "the secretary and three members told check-in is open");
        await Task.Delay(TimeSpan.FromSeconds(5)); // a second firing would arrive by now

        Assert.Equal(["conv-m1", "conv-m2", "conv-m3", "conv-sec"], Notices().Keys.Order(StringComparer.Ordinal));
        Assert.All(Notices().Values, count => Assert.Equal(1, count));
    }

    [SkippableFact]
    public async Task Two_hundred_members_checking_in_through_three_instances_leave_two_hundred_check_ins()
    {
        await SeedAsync(members: 200, arrangeMeeting: TimeSpan.FromMinutes(-20));
        var instances = await Task.WhenAll(Names.Select(name => StartAsync(name, maxPerSecond: 0)));

        var statuses = await Task.WhenAll(Enumerable.Range(1, 200).Select(i => PostAsync(instances[i % 3], "签到", $"m{i}")));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        await using var database = new PostgresDatabase(_connectionString!);
        Assert.Equal(200L, await database.ScalarAsync("SELECT count(DISTINCT member_id) FROM attendance WHERE status = 0", CancellationToken.None));
        Assert.Equal(200L, await database.ScalarAsync("SELECT count(*) FROM attendance", CancellationToken.None));
        Assert.Equal(200, _connector!.PerConversation("签到成功").Count);
    }

    /// <summary>
    /// A branch (secretary "sec"), members m1..m<paramref name="members"/> with chat addresses on the connector, and
    /// optionally a 党员大会 whose check-in opens <paramref name="arrangeMeeting"/> from now; written by an in-process
    /// instance that is stopped before the processes start.
    /// </summary>
    private async Task SeedAsync(int members, TimeSpan? arrangeMeeting)
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        _connector = await HttpChannelConnector.StartAsync();
        await using var seeder = new BranchBotApplication(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:BranchBot"] = _connectionString + ";Maximum Pool Size=10",
                ["Security:DataKey"] = _dataKey,
                ["Security:SigningKeyFile"] = Path.Combine(_folder.FullName, "signing.key"),
            },
            services => services.AddSingleton(TimeProvider.System));
        var client = seeder.CreateClient();
        await client.PostAsync(new Uri("/api/messages", UriKind.Relative), Message($"初始化 {BotHarness.SetupCode} 测试支部", "sec"));
        await client.PostAsync(new Uri("/api/messages", UriKind.Relative), Message("王书记", "sec"));
        Assert.Contains(seeder.Connector.Calls, c => c.Activity.Text?.Contains("初始化完成", StringComparison.Ordinal) == true);

        var roster = Path.Combine(_folder.FullName, "roster.csv");
        await File.WriteAllLinesAsync(roster, ["name,role,group,channelId,userId", .. Enumerable.Range(1, members).Select(i => $"党员{i:0000},党员,,emulator,m{i}")]);
        using (var output = new StringWriter())
        using (var error = new StringWriter())
        {
            Assert.True(await CliVerbs.RunAsync(seeder.Services, ["roster", "import", roster], output, error) == 0, error.ToString());
        }

        foreach (var member in await seeder.Services.GetRequiredService<IMembershipStore>().ListMembersAsync(CancellationToken.None))
        {
            _conversationOf[member.Id] = $"conv-{member.ChatAccounts.FirstOrDefault()?.UserId}";
        }

        var addresses = seeder.Services.GetRequiredService<IChatAddressStore>();
        var now = TimeProvider.System.GetUtcNow();
        foreach (var i in Enumerable.Range(1, members))
        {
            await addresses.SaveAsync(
                new ChatAddress("emulator", $"m{i}", $"党员{i:0000}", $"conv-m{i}", _connector.ServiceUrl, "bot", "BranchBot", null, "zh-CN", now),
                CancellationToken.None);
        }

        if (arrangeMeeting is { } opensIn)
        {
            var secretary = await seeder.Services.GetRequiredService<IMembershipStore>().FindByChatAccountAsync(new ChatAccount("emulator", "sec"), CancellationToken.None);
            var arranged = await seeder.Services.GetRequiredService<MeetingService>().CreateAsync(
                new MeetingDraft { Kind = MeetingKind.GeneralMeeting, StartsAt = now + TimeSpan.FromMinutes(30) + opensIn, Place = "三楼会议室", Topic = "学习党章" },
                secretary!,
                CancellationToken.None);
            Assert.True(arranged.Succeeded, arranged.Problem?.ToString());
        }
    }

    private async Task<ServerProcess> StartAsync(string name, int maxPerSecond, TimeSpan? idleWaitTime = null)
    {
        var server = await ServerProcess.StartAsync(new Dictionary<string, string>
        {
            // Four processes' pools within the server's 100 connections, with room for the other tests running meanwhile.
            ["ConnectionStrings__BranchBot"] = _connectionString + ";Maximum Pool Size=12",
            ["Security__DataKey"] = _dataKey,
            ["Security__SigningKeyFile"] = Path.Combine(_folder.FullName, "signing.key"),
            ["BranchBot__InstanceName"] = name,
            ["BotFramework__AllowUnauthenticated"] = "true",
            ["Broadcast__MaxPerSecond"] = maxPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Broadcast__MaxConcurrency"] = MaxConcurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"{SchedulerClusterOptions.Section}__CheckinInterval"] = "00:00:01",
            [$"{SchedulerClusterOptions.Section}__CheckinMisfireThreshold"] = "00:00:02",
            [$"{SchedulerClusterOptions.Section}__IdleWaitTime"] = (idleWaitTime ?? TimeSpan.FromSeconds(1)).ToString(),
            ["Logging__LogLevel__Default"] = "Warning",
        });
        _servers.Add(server);
        return server;
    }

    private async Task SayAsync(ServerProcess server, string text, string user) =>
        Assert.Equal(HttpStatusCode.OK, await PostAsync(server, text, user));

    private async Task<HttpStatusCode> PostAsync(ServerProcess server, string text, string user)
    {
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(60) };
        using var response = await client.PostAsync(new Uri("api/messages", UriKind.Relative), Message(text, user));
        return response.StatusCode;
    }

    private StringContent Message(string text, string user) => new(
        $$"""
        {"type":"message","id":"act-{{Guid.NewGuid():N}}","channelId":"emulator","serviceUrl":"{{_connector!.ServiceUrl}}","text":"{{text}}",
         "from":{"id":"{{user}}","name":"测试"},"recipient":{"id":"bot"},"conversation":{"id":"conv-{{user}}"},"locale":"zh-CN"}
        """,
        Encoding.UTF8,
        "application/json");

    /// <summary>Member conversations that received the broadcast, with how many times.</summary>
    private Dictionary<string, int> Received() =>
        _connector!.PerConversation("本周五下午三点集中学习").Where(r => r.Key.StartsWith("conv-m", StringComparison.Ordinal)).ToDictionary();

    private Dictionary<string, int> Notices() => _connector!.PerConversation("签到已开始");

    /// <summary>The instance holding the most outbox claims right now, and how many it holds.</summary>
    private async Task<(int Index, int Claims)> BusiestClaimantAsync()
    {
        await using var database = new PostgresDatabase(_connectionString!);
        var claims = await database.QueryAsync(
            "SELECT claimed_by, count(*) FROM delivery_items WHERE state = @inFlight GROUP BY claimed_by ORDER BY count(*) DESC",
            r => (Name: r.GetString(0), Count: (int)r.GetInt64(1)),
            CancellationToken.None,
            ("inFlight", (int)DeliveryState.InFlight));
        var busiest = claims.FirstOrDefault(c => Names.Contains(c.Name));
        return busiest.Name is null ? (0, 0) : (Array.IndexOf(Names, busiest.Name), busiest.Count);
    }

    private async Task<long> CountAsync(DeliveryState state)
    {
        await using var database = new PostgresDatabase(_connectionString!);
        return (long)(await database.ScalarAsync("SELECT count(*) FROM delivery_items WHERE state = @state", CancellationToken.None, ("state", (int)state)))!;
    }

    private async Task<Dictionary<string, DeliveryState>> StatesAsync()
    {
        await using var database = new PostgresDatabase(_connectionString!);
        var rows = await database.QueryAsync(
            "SELECT member_id, state FROM delivery_items WHERE batch_id IN (SELECT batch_id FROM delivery_items GROUP BY batch_id HAVING count(*) > 100)",
            r => (Member: r.GetString(0), State: (DeliveryState)r.GetInt32(1)),
            CancellationToken.None);
        return rows.ToDictionary(r => r.Member, r => r.State, StringComparer.Ordinal);
    }

    /// <summary>Meeting triggers Quartz has handed to <paramref name="instance"/> (its id is BranchBot:InstanceName).</summary>
    private async Task<long> AcquiredTriggersAsync(string instance)
    {
        await using var database = new PostgresDatabase(_connectionString!);
        return (long)(await database.ScalarAsync(
            "SELECT count(*) FROM qrtz_fired_triggers WHERE trigger_group = @group AND instance_name = @instance",
            CancellationToken.None, ("group", MeetingTriggers.Group), ("instance", instance)))!;
    }

    private async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan within, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > within)
            {
                Assert.Fail($"Not within {within}: {what}.\n{string.Join("\n---\n", _servers.Select(s => s.Output))}");
            }

            await Task.Delay(200);
        }
    }

    private Task WaitUntilAsync(Func<bool> condition, TimeSpan within, string what) => WaitUntilAsync(() => Task.FromResult(condition()), within, what);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }

        if (_connector is not null)
        {
            await _connector.DisposeAsync();
        }

        if (_connectionString is not null)
        {
            await PostgresServer.DropAsync(_connectionString);
        }
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
