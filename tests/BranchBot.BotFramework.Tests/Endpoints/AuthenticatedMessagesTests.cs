using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using BranchBot.BotFramework.Tests.Support;
using BranchBot.BotFramework.Turns;

namespace BranchBot.BotFramework.Tests.Endpoints;

/// <summary>/api/messages with an app id configured: channel tokens checked on the way in, the bot's token on the way out.</summary>
public sealed class AuthenticatedMessagesTests : IDisposable
{
    private const string Route = "/api/messages";

    private readonly FakeBotIdentity _identity = new();
    private readonly StepClock _clock = new();
    private readonly TestSigningKey _channelKey;
    private readonly RecordingHandler _outside;

    public AuthenticatedMessagesTests()
    {
        _channelKey = _identity.PublishChannelKey("channel-key-1", "msteams");
        var tokens = 0;
        _outside = new RecordingHandler((request, _) => Task.FromResult(request.Uri.Host == "login.microsoftonline.com"
            ? Respond.Json(HttpStatusCode.OK, $$"""{"token_type":"Bearer","expires_in":3600,"access_token":"bot-token-{{Interlocked.Increment(ref tokens)}}"}""")
            : Respond.Json(HttpStatusCode.OK, """{"id":"reply-1"}""")));
    }

    public void Dispose()
    {
        _identity.Dispose();
        _outside.Dispose();
    }

    [Fact]
    public async Task A_message_with_a_valid_channel_token_is_accepted()
    {
        var bot = new ScriptedBot();
        await using var host = await StartAsync(bot);

        var response = await PostAsync(host, "Bearer " + TokenRecipe.Channel(_clock.GetUtcNow()).SignedWith(_channelKey));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Received);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer garbage")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a.b.c.d")]
    public async Task A_missing_or_garbled_token_is_a_401_with_a_chinese_message_and_the_bot_never_sees_it(string? authorization)
    {
        var bot = new ScriptedBot();
        await using var host = await StartAsync(bot);

        var response = await PostAsync(host, authorization);

        var message = await MessagesEndpointTests.AssertErrorAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("身份验证失败。", message);
        Assert.Empty(bot.Received);
    }

    [Fact]
    public async Task A_token_signed_by_an_unknown_key_is_a_401()
    {
        var bot = new ScriptedBot();
        await using var host = await StartAsync(bot);
        var rogueKey = new TestSigningKey("rogue-key", ["msteams"]);

        var response = await PostAsync(host, "Bearer " + TokenRecipe.Channel(_clock.GetUtcNow()).SignedWith(rogueKey));

        await MessagesEndpointTests.AssertErrorAsync(response, HttpStatusCode.Unauthorized);
        Assert.Empty(bot.Received);
    }

    [Fact]
    public async Task A_token_for_another_service_url_is_a_401()
    {
        var bot = new ScriptedBot();
        await using var host = await StartAsync(bot);
        var token = TokenRecipe.Channel(_clock.GetUtcNow(), serviceUrl: "https://attacker.example/").SignedWith(_channelKey);

        var response = await PostAsync(host, "Bearer " + token);

        await MessagesEndpointTests.AssertErrorAsync(response, HttpStatusCode.Unauthorized);
        Assert.Empty(bot.Received);
    }

    [Fact]
    public async Task Unreachable_metadata_is_a_401_not_a_500()
    {
        var bot = new ScriptedBot();
        await using var host = await StartAsync(bot);
        _identity.Unreachable = true;

        var response = await PostAsync(host, "Bearer " + TokenRecipe.Channel(_clock.GetUtcNow()).SignedWith(_channelKey));

        await MessagesEndpointTests.AssertErrorAsync(response, HttpStatusCode.Unauthorized);
        Assert.Empty(bot.Received);
    }

    [Fact]
    public async Task A_reply_travels_to_the_channels_service_url_with_the_bots_own_token()
    {
        var bot = new ScriptedBot((turn, cancellationToken) => turn.SendTextAsync("收到，谢谢！", cancellationToken));
        await using var host = await StartAsync(bot);

        var response = await PostAsync(host, "Bearer " + TokenRecipe.Channel(_clock.GetUtcNow()).SignedWith(_channelKey));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tokenRequest = Assert.Single(_outside.RequestsTo("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token"));
        Assert.Equal(FakeBotIdentity.AppId, tokenRequest.Form()["client_id"]);
        var reply = Assert.Single(_outside.RequestsTo(FakeBotIdentity.ServiceUrl));
        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/conversation-1/activities/activity-1", reply.Uri.AbsoluteUri);
        Assert.Equal("Bearer bot-token-1", reply.Authorization);
        using var body = JsonDocument.Parse(reply.Body);
        Assert.Equal("收到，谢谢！", body.RootElement.GetProperty("text").GetString());
        Assert.Equal("activity-1", body.RootElement.GetProperty("replyToId").GetString());
    }

    [Fact]
    public async Task Without_an_app_id_a_request_without_a_token_is_accepted_and_replies_carry_no_token()
    {
        var bot = new ScriptedBot((turn, cancellationToken) => turn.SendTextAsync("收到", cancellationToken));
        await using var host = await TestBotHost.StartAsync(bot, identity: _identity, outside: _outside, clock: _clock);

        var response = await PostAsync(host, authorization: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, _identity.Fetches);
        var reply = Assert.Single(_outside.Requests);
        Assert.Null(reply.Authorization);
    }

    private Task<TestBotHost> StartAsync(ScriptedBot bot) =>
        TestBotHost.StartAsync(bot, TestBotHost.AuthenticatedSettings(), _identity, _outside, _clock);

    private static Task<HttpResponseMessage> PostAsync(TestBotHost host, string? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = ActivityJson.Content(ActivityJson.Message()) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return host.Client.SendAsync(request);
    }
}
