using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BranchBot.BotFramework.Schema;
using BranchBot.BotFramework.Tests.Support;

namespace BranchBot.BotFramework.Tests.Endpoints;

public sealed class MessagesEndpointTests
{
    private const string Route = "/api/messages";
    private const int BodyLimit = 256 * 1024;

    [Fact]
    public async Task A_valid_message_is_answered_200_and_reaches_the_bot()
    {
        var bot = new ScriptedBot();
        await using var host = await TestBotHost.StartAsync(bot);

        var response = await host.Client.PostAsync(Route, ActivityJson.Content(ActivityJson.Message()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = Assert.Single(bot.Received);
        Assert.Equal("你好", received.Text);
        Assert.Equal("conversation-1", received.Conversation?.Id);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("not json at all")]
    [InlineData("[]")]
    [InlineData("")]
    public async Task A_body_that_is_not_a_json_activity_is_a_400_with_a_chinese_message(string body)
    {
        var bot = new ScriptedBot();
        await using var host = await TestBotHost.StartAsync(bot);

        var response = await host.Client.PostAsync(Route, new StringContent(body, Encoding.UTF8, "application/json"));

        var message = await AssertErrorAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("请求不是有效的 JSON 活动。", message);
        Assert.Empty(bot.Received);
    }

    [Fact]
    public async Task A_json_null_body_is_a_400()
    {
        var bot = new ScriptedBot();
        await using var host = await TestBotHost.StartAsync(bot);

        var response = await host.Client.PostAsync(Route, new StringContent("null", Encoding.UTF8, "application/json"));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest);
        Assert.Empty(bot.Received);
    }

    [Theory]
    [InlineData("type")]
    [InlineData("conversation")]
    [InlineData("from")]
    [InlineData("serviceUrl")]
    [InlineData("channelId")]
    public async Task An_activity_missing_a_required_field_is_a_400_naming_the_field(string field)
    {
        var bot = new ScriptedBot();
        await using var host = await TestBotHost.StartAsync(bot);
        var activity = ActivityJson.Message();
        activity.Remove(field);

        var response = await host.Client.PostAsync(Route, ActivityJson.Content(activity));

        var message = await AssertErrorAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal($"活动缺少必填字段：{field}。", message);
        Assert.Empty(bot.Received);
    }

    [Theory]
    [InlineData("conversation")]
    [InlineData("from")]
    public async Task An_account_without_an_id_counts_as_missing(string field)
    {
        var bot = new ScriptedBot();
        await using var host = await TestBotHost.StartAsync(bot);
        var activity = ActivityJson.Message();
        activity[field] = new JsonObject { ["name"] = "无编号" };

        var response = await host.Client.PostAsync(Route, ActivityJson.Content(activity));

        var message = await AssertErrorAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(field, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://files.example/")]
    public async Task A_service_url_that_is_not_http_is_a_400(string serviceUrl)
    {
        var bot = new ScriptedBot();
        await using var host = await TestBotHost.StartAsync(bot);
        var activity = ActivityJson.Message();
        activity["serviceUrl"] = serviceUrl;

        var response = await host.Client.PostAsync(Route, ActivityJson.Content(activity));

        var message = await AssertErrorAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("serviceUrl", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_verbs_are_405(string verb)
    {
        var bot = new ScriptedBot();
        await using var host = await TestBotHost.StartAsync(bot);

        var response = await host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(verb), Route));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Empty(bot.Received);
    }

    [Fact]
    public async Task A_body_over_256_kilobytes_is_a_413_with_a_chinese_message()
    {
        var bot = new ScriptedBot();
        await using var host = await TestBotHost.StartAsync(bot);

        var response = await host.Client.PostAsync(Route, new ByteArrayContent(MessageOfSize(BodyLimit + 1)));

        var message = await AssertErrorAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("请求内容过大。", message);
        Assert.Empty(bot.Received);
    }

    [Fact]
    public async Task A_chunked_body_over_256_kilobytes_without_content_length_is_a_413_too()
    {
        var bot = new ScriptedBot();
        await using var host = await TestBotHost.StartAsync(bot);

        var response = await host.Client.PostAsync(Route, new UnknownLengthContent(MessageOfSize(BodyLimit + 1)));

        Assert.Null(Assert.Single(host.ContentLengths));
        await AssertErrorAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Empty(bot.Received);
    }

    [Fact]
    public async Task A_body_of_exactly_256_kilobytes_is_accepted_with_or_without_content_length()
    {
        var bot = new ScriptedBot();
        await using var host = await TestBotHost.StartAsync(bot);

        var counted = await host.Client.PostAsync(Route, new ByteArrayContent(MessageOfSize(BodyLimit)));
        var chunked = await host.Client.PostAsync(Route, new UnknownLengthContent(MessageOfSize(BodyLimit)));

        Assert.Equal(HttpStatusCode.OK, counted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, chunked.StatusCode);
        Assert.Equal(2, bot.Received.Count);
    }

    [Fact]
    public async Task An_unhandled_invoke_is_a_501()
    {
        var bot = new ScriptedBot();
        await using var host = await TestBotHost.StartAsync(bot);
        var invoke = ActivityJson.Message();
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";

        var response = await host.Client.PostAsync(Route, ActivityJson.Content(invoke));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Single(bot.Received);
    }

    [Fact]
    public async Task A_handled_invoke_answers_with_the_bots_status_and_body()
    {
        var bot = new ScriptedBot((turn, _) =>
        {
            turn.InvokeResponse = new InvokeResponse { Status = 200, Body = new { statusCode = 200, value = "已签到" } };
            return Task.CompletedTask;
        });
        await using var host = await TestBotHost.StartAsync(bot);
        var invoke = ActivityJson.Message();
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";

        var response = await host.Client.PostAsync(Route, ActivityJson.Content(invoke));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("已签到", body.RootElement.GetProperty("value").GetString());
    }

    [Fact]
    public async Task An_activity_of_an_unknown_type_is_answered_200_and_still_reaches_the_bot()
    {
        var bot = new ScriptedBot();
        await using var host = await TestBotHost.StartAsync(bot);
        var activity = ActivityJson.Message();
        activity["type"] = "someFutureType";

        var response = await host.Client.PostAsync(Route, ActivityJson.Content(activity));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("someFutureType", Assert.Single(bot.Received).Type);
    }

    /// <summary>A valid message activity whose UTF-8 JSON is exactly <paramref name="bytes"/> long.</summary>
    private static byte[] MessageOfSize(int bytes)
    {
        var activity = ActivityJson.Message();
        activity["text"] = "";
        var padding = bytes - Encoding.UTF8.GetByteCount(activity.ToJsonString());
        activity["text"] = new string('a', padding);
        var body = Encoding.UTF8.GetBytes(activity.ToJsonString());
        Assert.Equal(bytes, body.Length);
        return body;
    }

    /// <summary>Asserts a JSON error body with the status as code and a message for people in Chinese; returns the message.</summary>
    internal static async Task<string> AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = body.RootElement.GetProperty("error");
        Assert.Equal(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), error.GetProperty("code").GetString());
        var message = error.GetProperty("message").GetString()!;
        Assert.Contains(message, c => c is >= '\u4e00' and <= '\u9fff');
        return message;
    }

    /// <summary>A body whose length is not announced, so it travels chunked without Content-Length.</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
