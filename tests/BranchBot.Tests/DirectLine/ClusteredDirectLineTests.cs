using System.Net;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text.Json;
using BranchBot.BotFramework.DirectLine;
using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Schema;
using BranchBot.Core.Broadcasts;
using BranchBot.Core.Membership;
using BranchBot.Storage.Postgres;
using BranchBot.Tests.DirectLine.Support;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.DirectLine;

/// <summary>
/// The chat page behind a load balancer without sticky sessions: two instances on one PostgreSQL database, the
/// browser's requests and its WebSocket reaching either. What one instance appends, a stream on the other pushes; a
/// reconnect to the other instance resumes from its watermark; tokens of one are good on the other.
/// </summary>
public sealed class ClusteredDirectLineTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan FrameTimeout = TimeSpan.FromSeconds(10);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("branchbot-dl-cluster-");
    private readonly string _dataKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly CapturingLoggerProvider _logs = new();
    private string? _connectionString;

    [SkippableFact]
    public async Task A_broadcast_sent_on_one_instance_reaches_a_chat_page_whose_stream_is_open_on_the_other()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        await using var first = Instance();
        await using var second = Instance();
        await SetUpBranchAsync(first);
        var code = ConversationScript.InviteCodeIn(await SayAsync(first, "添加党员 张三", "sec"));
        using var page = new DirectLineTestClient(second.CreateClient());
        var conversation = await OpenChatPageAsync(page);
        Assert.Contains("欢迎你，张三同志", await PostAndReadReplyAsync(page, conversation, $"加入 {code}"), StringComparison.Ordinal);
        var watermark = (await page.GetActivitiesAsync(conversation)).GetProperty("watermark").GetString();
        using var socket = await ConnectAsync(second, conversation, watermark);

        var secretary = await first.Services.GetRequiredService<IMembershipStore>().FindByChatAccountAsync(new ChatAccount("emulator", "sec"), CancellationToken.None);
        var sent = await first.Services.GetRequiredService<BroadcastService>().SendAsync(new BroadcastDraft("周五下午集中学习党章", BroadcastAudience.Branch, RequiresAcknowledgement: false), secretary!, CancellationToken.None);
        Assert.True(sent.Succeeded, sent.Problem?.ToString());

        var pushed = await ReceiveUntilAsync(socket, activities => activities.Any(a => Text(a).Contains("周五下午集中学习党章", StringComparison.Ordinal)));
        Assert.Single(pushed, a => Text(a).Contains("周五下午集中学习党章", StringComparison.Ordinal));
        Assert.All(pushed, a => Assert.True(Sequence(a) > long.Parse(watermark!, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [SkippableFact]
    public async Task A_message_posted_to_one_instance_is_read_with_its_reply_from_the_other_with_the_first_instances_token()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        await using var first = Instance();
        await using var second = Instance();
        await SetUpBranchAsync(first);
        using var onFirst = new DirectLineTestClient(first.CreateClient());
        using var onSecond = new DirectLineTestClient(second.CreateClient());
        var conversation = await OpenChatPageAsync(onFirst);
        var before = (await onSecond.GetActivitiesAsync(conversation)).GetProperty("watermark").GetString();

        using (var posted = await onFirst.PostMessageAsync(conversation, "帮助"))
        {
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }

        var read = DirectLineTestClient.Activities(await onSecond.GetActivitiesAsync(conversation, before)).ToList();
        Assert.Equal("帮助", Text(read[0]));
        Assert.True(read.Count >= 2, "the bot's reply is read on the other instance too");
        Assert.All(read.Skip(1), reply => Assert.Equal("bot", reply.GetProperty("from").GetProperty("role").GetString()));

        // The token the first instance issued works for every call on the second, and a refresh there gives one the first accepts.
        using var refreshed = await onSecond.SendAsync(HttpMethod.Post, "/tokens/refresh", conversation.Token);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var token = (await DirectLineTestClient.ReadJsonAsync(refreshed)).GetProperty("token").GetString()!;
        using var posted2 = await onFirst.PostMessageAsync(conversation with { Token = token }, "近期安排");
        Assert.Equal(HttpStatusCode.OK, posted2.StatusCode);
    }

    [SkippableFact]
    public async Task A_reconnect_to_the_other_instance_with_the_watermark_resumes_without_duplicates_or_gaps()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        await using var first = Instance();
        await using var second = Instance();
        await SetUpBranchAsync(first);
        using var onFirst = new DirectLineTestClient(first.CreateClient());
        using var onSecond = new DirectLineTestClient(second.CreateClient());
        var conversation = await OpenChatPageAsync(onFirst);
        List<JsonElement> seen;
        using (var socket = await ConnectAsync(first, conversation, watermark: null))
        {
            await onFirst.PostMessageAsync(conversation, "第一条");
            seen = await ReceiveUntilAsync(socket, activities => activities.Any(a => Text(a) == "第一条") && activities.Count(IsFromBot) >= 2);
        }

        var watermark = Sequence(seen[^1]).ToString(System.Globalization.CultureInfo.InvariantCulture);

        // While the browser is away, both instances append: a reply to a post on the second, a proactive send on the first.
        await onSecond.PostMessageAsync(conversation, "第二条");
        await SendProactiveAsync(first, conversation.Id, "离线时的通知");
        var expected = (await onFirst.GetActivitiesAsync(conversation, watermark)).GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();

        using var reconnect = await onSecond.SendAsync(HttpMethod.Get, $"/conversations/{conversation.Id}?watermark={watermark}", conversation.Token);
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        var streamUrl = (await DirectLineTestClient.ReadJsonAsync(reconnect)).GetProperty("streamUrl").GetString()!;
        using var resumed = await ConnectAsync(second, new Uri(streamUrl));
        await SendProactiveAsync(first, conversation.Id, "重连后的通知");
        var after = await ReceiveUntilAsync(resumed, activities => activities.Any(a => Text(a) == "重连后的通知"));

        var ids = after.Select(a => a.GetProperty("id").GetString()).ToList();
        Assert.Equal([.. expected, ids[^1]], ids);
        Assert.Equal(["第二条", "离线时的通知"], after.Select(Text).Where(t => t is "第二条" or "离线时的通知"));
        Assert.Equal(after.Select(Sequence).Order(), after.Select(Sequence));
        Assert.DoesNotContain(after, a => seen.Any(s => s.GetProperty("id").GetString() == a.GetProperty("id").GetString()));
    }

    [SkippableFact]
    public async Task A_reminder_sent_on_one_instance_is_pushed_by_the_other_within_a_second()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        await using var first = Instance();
        await using var second = Instance();
        using var onFirst = new DirectLineTestClient(first.CreateClient());
        var conversation = await OpenChatPageAsync(onFirst);
        using var socket = await ConnectAsync(second, conversation, (await onFirst.GetActivitiesAsync(conversation)).GetProperty("watermark").GetString());
        await SendProactiveAsync(first, conversation.Id, "第一条通知");
        await ReceiveUntilAsync(socket, activities => activities.Any(a => Text(a) == "第一条通知")); // the second instance listens by now

        var sentAt = TimeProvider.System.GetTimestamp();
        await SendProactiveAsync(first, conversation.Id, "【会议提醒】今天下午3点 党员大会");
        var pushed = await ReceiveUntilAsync(socket, activities => activities.Count > 0);
        var elapsed = TimeProvider.System.GetElapsedTime(sentAt);

        Assert.Equal(["【会议提醒】今天下午3点 党员大会"], pushed.Select(Text));
        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"pushed after {elapsed.TotalMilliseconds:F0} ms");
    }

    [SkippableFact]
    public async Task Both_instances_sending_at_once_number_every_activity_once_and_a_stream_gets_each_once_in_order()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        await using var first = Instance();
        await using var second = Instance();
        using var onFirst = new DirectLineTestClient(first.CreateClient());
        var conversation = await OpenChatPageAsync(onFirst);
        var start = (await onFirst.GetActivitiesAsync(conversation)).GetProperty("watermark").GetString();
        using var socket = await ConnectAsync(second, conversation, start);

        await Task.WhenAll(Enumerable.Range(1, 40).Select(i => SendProactiveAsync(i % 2 == 0 ? first : second, conversation.Id, $"通知{i}")));
        var pushed = await ReceiveUntilAsync(socket, activities => activities.Count >= 40);

        Assert.Equal(40, pushed.Count);
        Assert.Equal(40, pushed.Select(Text).Distinct().Count());
        Assert.Equal(pushed.Select(Sequence).Order(), pushed.Select(Sequence));
        Assert.Equal(40, pushed.Select(Sequence).Distinct().Count());
    }

    [SkippableFact]
    public async Task A_transcript_copied_without_its_conversation_row_is_resumed_not_greeted_again_and_numbered_on()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        await using var first = Instance();
        using var client = new DirectLineTestClient(first.CreateClient());
        var conversation = await OpenChatPageAsync(client);
        var before = DirectLineTestClient.Activities(await client.GetActivitiesAsync(conversation)).ToList();
        await first.Services.GetRequiredService<PostgresDatabase>().ExecuteAsync("DELETE FROM chat_conversations", CancellationToken.None);

        // What migrate-from-litedb leaves: transcripts only. Another instance, which never held the conversation, resumes it.
        await using var second = Instance();
        using var elsewhere = new DirectLineTestClient(second.CreateClient());
        using var resumed = await elsewhere.SendAsync(HttpMethod.Post, "/conversations", conversation.Token);
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        await SendProactiveAsync(second, conversation.Id, "迁移后的通知");
        var after = DirectLineTestClient.Activities(await elsewhere.GetActivitiesAsync(conversation)).ToList();

        Assert.Equal([.. before.Select(Text), "迁移后的通知"], after.Select(Text));
        Assert.True(Sequence(after[^1]) > Sequence(before[^1]));
    }

    private BranchBotApplication Instance() => new(
        new Dictionary<string, string?>
        {
            ["ConnectionStrings:BranchBot"] = _connectionString + ";Maximum Pool Size=20",
            ["Security:DataKey"] = _dataKey,
            ["Security:SigningKeyFile"] = Path.Combine(_folder.FullName, "signing.key"),
        },
        services =>
        {
            services.AddSingleton(TimeProvider.System);
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(_logs);
        });

    /// <summary>What the page does on load: a session (cookie, token) then POST conversations; the bot greets.</summary>
    private static async Task<TestConversation> OpenChatPageAsync(DirectLineTestClient client)
    {
        using var session = await client.Http.PostAsync(new Uri("/chat/session", UriKind.Relative), content: null);
        Assert.Equal(HttpStatusCode.OK, session.StatusCode);
        var token = (await DirectLineTestClient.ReadJsonAsync(session)).GetProperty("token").GetString();
        using var started = await client.SendAsync(HttpMethod.Post, "/conversations", token);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var body = await DirectLineTestClient.ReadJsonAsync(started);
        return new TestConversation(body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!, body.GetProperty("streamUrl").GetString());
    }

    private static async Task<string> PostAndReadReplyAsync(DirectLineTestClient client, TestConversation conversation, string text)
    {
        var before = (await client.GetActivitiesAsync(conversation)).GetProperty("watermark").GetString();
        using var posted = await client.PostMessageAsync(conversation, text);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        return string.Join("\n", DirectLineTestClient.Activities(await client.GetActivitiesAsync(conversation, before)).Where(IsFromBot).Select(Text));
    }

    /// <summary>What a reminder or broadcast does in the end: the bot sends to the conversation through the Direct Line channel.</summary>
    private static async Task SendProactiveAsync(BranchBotApplication app, string conversationId, string text)
    {
        var channel = app.Services.GetServices<ILocalChannel>().OfType<DirectLineChannel>().Single();
        await channel.DeliverAsync(new Activity { Type = ActivityTypes.Message, Text = text, Conversation = new ConversationAccount { Id = conversationId } }, CancellationToken.None);
    }

    private async Task SetUpBranchAsync(BranchBotApplication app)
    {
        await SayAsync(app, $"初始化 {BotHarness.SetupCode} 测试支部", "sec");
        Assert.Contains("初始化完成", await SayAsync(app, "王书记", "sec"), StringComparison.Ordinal);
    }

    private Task<string> SayAsync(BranchBotApplication app, string text, string user) =>
        app.SayAsync(text, user, describeFailure: () => string.Join("\n", _logs.Exceptions.Take(3)));

    private static Task<WebSocket> ConnectAsync(BranchBotApplication app, TestConversation conversation, string? watermark) =>
        ConnectAsync(app, new Uri($"ws://localhost{DirectLineTestClient.Base}/conversations/{conversation.Id}/stream?t={Uri.EscapeDataString(conversation.Token)}"
            + (watermark is null ? string.Empty : $"&watermark={watermark}")));

    private static async Task<WebSocket> ConnectAsync(BranchBotApplication app, Uri streamUrl)
    {
        using var timeout = new CancellationTokenSource(FrameTimeout);
        return await app.Server.CreateWebSocketClient().ConnectAsync(streamUrl, timeout.Token);
    }

    /// <summary>Every activity the stream pushes until <paramref name="enough"/> holds; fails when it does not within the timeout.</summary>
    private static async Task<List<JsonElement>> ReceiveUntilAsync(WebSocket socket, Func<List<JsonElement>, bool> enough)
    {
        using var timeout = new CancellationTokenSource(FrameTimeout);
        var activities = new List<JsonElement>();
        var buffer = new byte[64 * 1024];
        while (!enough(activities))
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, timeout.Token);
                Assert.Equal(WebSocketMessageType.Text, result.MessageType);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (message.Length > 0)
            {
                using var document = JsonDocument.Parse(message.ToArray());
                activities.AddRange(DirectLineTestClient.Activities(document.RootElement.Clone()));
            }
        }

        return activities;
    }

    private static string Text(JsonElement activity) => DirectLineTestClient.Text(activity) ?? string.Empty;

    private static bool IsFromBot(JsonElement activity) => activity.GetProperty("from").GetProperty("role").GetString() == "bot";

    private static long Sequence(JsonElement activity) =>
        long.Parse(activity.GetProperty("id").GetString()!.Split('|')[1], System.Globalization.CultureInfo.InvariantCulture);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_connectionString is not null)
        {
            await PostgresServer.DropAsync(_connectionString);
        }
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
