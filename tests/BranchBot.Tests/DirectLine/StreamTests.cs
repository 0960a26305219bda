using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using BranchBot.TestSupport;
using BranchBot.Tests.DirectLine.Support;

namespace BranchBot.Tests.DirectLine;

public sealed class StreamTests
{
    private static readonly TimeSpan FrameTimeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task The_stream_sends_the_backlog_then_pushes_the_bots_reply()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync();
        using var socket = await ConnectAsync(app, conversation.StreamUrl!);

        var backlog = await ReceiveActivitySetAsync(socket);
        await client.PostMessageAsync(conversation, "支部会议几点开始");
        var pushed = new List<string?>();
        while (pushed.Count < 2)
        {
            pushed.AddRange(DirectLineTestClient.Activities(await ReceiveActivitySetAsync(socket)).Select(DirectLineTestClient.Text));
        }

        Assert.Equal([TestBot.Greeting], DirectLineTestClient.Activities(backlog).Select(DirectLineTestClient.Text));
        Assert.Equal(["支部会议几点开始", TestBot.EchoPrefix + "支部会议几点开始"], pushed);
    }

    [Fact]
    public async Task A_stream_opened_from_a_watermark_skips_what_the_client_already_has()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync();
        var watermark = (await client.GetActivitiesAsync(conversation)).GetProperty("watermark").GetString();
        using var reconnect = await client.SendAsync(HttpMethod.Get, $"/conversations/{conversation.Id}?watermark={watermark}", conversation.Token);
        var streamUrl = (await DirectLineTestClient.ReadJsonAsync(reconnect)).GetProperty("streamUrl").GetString()!;
        using var socket = await ConnectAsync(app, streamUrl);

        await client.PostMessageAsync(conversation, "新消息");
        var first = await ReceiveActivitySetAsync(socket);

        Assert.Equal(["新消息"], DirectLineTestClient.Activities(first).Select(DirectLineTestClient.Text));
        Assert.NotEqual(watermark, first.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task An_idle_stream_gets_empty_keep_alive_frames()
    {
        await using var app = new DirectLineApp(new Dictionary<string, string> { ["DirectLine:KeepAliveSeconds"] = "20" });
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync();
        using var socket = await ConnectAsync(app, conversation.StreamUrl!);
        await ReceiveActivitySetAsync(socket);

        app.Time.Advance(TimeSpan.FromSeconds(20));
        var frame = await ReceiveTextAsync(socket);

        Assert.Equal(string.Empty, frame);
    }

    [Fact]
    public async Task A_stream_with_a_bad_token_is_refused_before_the_upgrade()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync();
        var other = await client.StartAsync();

        var badToken = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ConnectAsync(app, $"ws://localhost/v3/directline/conversations/{conversation.Id}/stream?t=forged"));
        var wrongConversation = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ConnectAsync(app, $"ws://localhost/v3/directline/conversations/{conversation.Id}/stream?t={Uri.EscapeDataString(other.Token)}"));

        Assert.Contains("403", badToken.Message, StringComparison.Ordinal);
        Assert.Contains("403", wrongConversation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_streams_on_one_conversation_are_refused()
    {
        await using var app = new DirectLineApp(new Dictionary<string, string> { ["DirectLine:MaxStreamsPerConversation"] = "1" });
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync();
        using var first = await ConnectAsync(app, conversation.StreamUrl!);
        await ReceiveActivitySetAsync(first);

        var second = await Assert.ThrowsAsync<InvalidOperationException>(() => ConnectAsync(app, conversation.StreamUrl!));

        Assert.Contains("429", second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stream_address_without_a_websocket_upgrade_is_400()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync();

        using var response = await client.Http.GetAsync(new Uri(conversation.StreamUrl!).PathAndQuery);

        await ErrorAssert.IsErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
    }

    private static async Task<WebSocket> ConnectAsync(DirectLineApp app, string streamUrl)
    {
        using var timeout = new CancellationTokenSource(FrameTimeout);
        return await app.Server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), timeout.Token);
    }

    private static async Task<JsonElement> ReceiveActivitySetAsync(WebSocket socket)
    {
        string frame;
        do
        {
            frame = await ReceiveTextAsync(socket);
        }
        while (frame.Length == 0);

        using var document = JsonDocument.Parse(frame);
        return document.RootElement.Clone();
    }

    private static async Task<string> ReceiveTextAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(FrameTimeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            Assert.Equal(WebSocketMessageType.Text, result.MessageType);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return Encoding.UTF8.GetString(message.ToArray());
    }
}
