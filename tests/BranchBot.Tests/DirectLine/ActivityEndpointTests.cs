using System.Net;
using System.Text.Json;
using BranchBot.BotFramework.Hosting;
using BranchBot.BotFramework.Schema;
using BranchBot.TestSupport;
using BranchBot.Tests.DirectLine.Support;

namespace BranchBot.Tests.DirectLine;

public sealed class ActivityEndpointTests
{
    [Fact]
    public async Task Posting_a_message_answers_its_id_once_the_bot_has_replied()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync();

        using var response = await client.PostMessageAsync(conversation, "今天有什么安排");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (await DirectLineTestClient.ReadJsonAsync(response)).GetProperty("id").GetString();
        var texts = DirectLineTestClient.Activities(await client.GetActivitiesAsync(conversation)).Select(DirectLineTestClient.Text).ToList();
        Assert.Equal([TestBot.Greeting, "今天有什么安排", TestBot.EchoPrefix + "今天有什么安排"], texts);
        Assert.StartsWith(conversation.Id + "|", id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_user_id_bound_to_the_token_overrides_the_from_id_the_client_sent()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync(userId: "dl_bound-user");

        using var response = await client.PostMessageAsync(conversation, "我是书记", fromId: "secretary-impersonated");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = app.Bot.Received.Last();
        Assert.Equal("dl_bound-user", received.From?.Id);
        Assert.Null(received.From?.Name);
        var echoed = DirectLineTestClient.Activities(await client.GetActivitiesAsync(conversation)).Single(a => DirectLineTestClient.Text(a) == "我是书记");
        Assert.Equal("dl_bound-user", echoed.GetProperty("from").GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_posted_activity_is_addressed_server_side_and_keeps_its_client_activity_id()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync();
        var body = JsonSerializer.Serialize(new
        {
            type = "message",
            id = "client-made-id",
            text = "你好",
            channelId = "emulator",
            serviceUrl = "https://attacker.example/",
            conversation = new { id = "someone-elses-conversation" },
            recipient = new { id = "another-bot" },
            timestamp = "2001-01-01T00:00:00Z",
            channelData = new { clientActivityID = "web-123" },
        });

        using var response = await client.SendAsync(HttpMethod.Post, $"/conversations/{conversation.Id}/activities", conversation.Token, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (await DirectLineTestClient.ReadJsonAsync(response)).GetProperty("id").GetString();
        var echoed = DirectLineTestClient.Activities(await client.GetActivitiesAsync(conversation)).Single(a => DirectLineTestClient.Text(a) == "你好");
        Assert.Equal(id, echoed.GetProperty("id").GetString());
        Assert.Equal("directline", echoed.GetProperty("channelId").GetString());
        Assert.Equal("http://bot.test/v3/directline/", echoed.GetProperty("serviceUrl").GetString());
        Assert.Equal(conversation.Id, echoed.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("branchbot", echoed.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal(app.Time.GetUtcNow(), echoed.GetProperty("timestamp").GetDateTimeOffset());
        Assert.Equal("web-123", echoed.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        var received = app.Bot.Received.Last();
        Assert.Equal(id, received.Id);
        Assert.Equal(conversation.Id, received.Conversation?.Id);
    }

    [Fact]
    public async Task The_bots_reply_travels_through_the_local_channel_and_never_the_connector()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync();

        await client.PostMessageAsync(conversation, "测试");

        var reply = DirectLineTestClient.Activities(await client.GetActivitiesAsync(conversation)).Last();
        Assert.Equal(TestBot.EchoPrefix + "测试", DirectLineTestClient.Text(reply));
        Assert.Equal("branchbot", reply.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("imBack", reply.GetProperty("suggestedActions").GetProperty("actions")[0].GetProperty("type").GetString());
        Assert.StartsWith(conversation.Id + "|", reply.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.True(reply.TryGetProperty("replyToId", out _));
        app.Connector.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task The_watermark_pages_through_the_transcript()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync();
        await client.PostMessageAsync(conversation, "一");
        var firstPage = await client.GetActivitiesAsync(conversation);
        var watermark = firstPage.GetProperty("watermark").GetString();

        await client.PostMessageAsync(conversation, "二");
        var secondPage = await client.GetActivitiesAsync(conversation, watermark);
        var emptyPage = await client.GetActivitiesAsync(conversation, secondPage.GetProperty("watermark").GetString());

        Assert.Equal(3, DirectLineTestClient.Activities(firstPage).Count());
        Assert.Equal(["二", TestBot.EchoPrefix + "二"], DirectLineTestClient.Activities(secondPage).Select(DirectLineTestClient.Text));
        Assert.NotEqual(watermark, secondPage.GetProperty("watermark").GetString());
        Assert.Empty(DirectLineTestClient.Activities(emptyPage));
        Assert.Equal(secondPage.GetProperty("watermark").GetString(), emptyPage.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task A_failing_bot_gives_502_and_its_apology_reaches_the_transcript()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync();

        using var response = await client.PostMessageAsync(conversation, TestBot.FailRequest);

        await ErrorAssert.IsErrorAsync(response, HttpStatusCode.BadGateway, "BotError");
        var texts = DirectLineTestClient.Activities(await client.GetActivitiesAsync(conversation)).Select(DirectLineTestClient.Text);
        Assert.Equal([TestBot.Greeting, TestBot.FailRequest, BotAdapter.TurnErrorText], texts);
    }

    [Fact]
    public async Task The_secret_holder_may_post_as_the_user_it_names()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync();

        using var response = await client.PostMessageAsync(conversation with { Token = DirectLineApp.Secret }, "代发", fromId: "dl_named-by-server");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("dl_named-by-server", app.Bot.Received.Last().From?.Id);
    }

    [Fact]
    public async Task Posting_to_an_unknown_conversation_is_404()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();

        using var response = await client.PostMessageAsync(new TestConversation("no-such-conversation", DirectLineApp.Secret, null), "你好");

        await ErrorAssert.IsErrorAsync(response, HttpStatusCode.NotFound, "NotFound");
    }

    [Fact]
    public async Task A_token_for_another_conversation_can_neither_post_nor_read()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();
        var mine = await client.StartAsync();
        var theirs = await client.StartAsync();
        var intruder = theirs with { Token = mine.Token };

        using var post = await client.PostMessageAsync(intruder, "偷看");
        using var read = await client.SendAsync(HttpMethod.Get, $"/conversations/{theirs.Id}/activities", mine.Token);

        await ErrorAssert.IsErrorAsync(post, HttpStatusCode.Forbidden, "Forbidden");
        await ErrorAssert.IsErrorAsync(read, HttpStatusCode.Forbidden, "Forbidden");
    }

    [Fact]
    public async Task Reading_or_posting_without_authorization_is_401()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync();

        using var read = await client.SendAsync(HttpMethod.Get, $"/conversations/{conversation.Id}/activities", bearer: null);
        using var post = await client.PostMessageAsync(conversation with { Token = null! }, "你好");

        await ErrorAssert.IsErrorAsync(read, HttpStatusCode.Unauthorized, "Unauthorized");
        await ErrorAssert.IsErrorAsync(post, HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Theory]
    [InlineData("{\"type\": \"message\", \"text\": ", "BadSyntax")]
    [InlineData("[1, 2, 3]", "BadSyntax")]
    [InlineData("{\"type\": \"message\", \"text\": 42}", "BadSyntax")]
    [InlineData("{\"type\": \"message\", \"timestamp\": \"yesterday\"}", "BadSyntax")]
    [InlineData("{\"text\": \"没有类型\"}", "MissingProperty")]
    [InlineData("{\"type\": \"invoke\", \"name\": \"x\"}", "BadArgument")]
    public async Task A_malformed_activity_is_400(string body, string code)
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync();

        using var response = await client.SendAsync(HttpMethod.Post, $"/conversations/{conversation.Id}/activities", conversation.Token, body);

        await ErrorAssert.IsErrorAsync(response, HttpStatusCode.BadRequest, code);
        Assert.Single(app.Bot.Received);
    }

    [Fact]
    public async Task A_body_over_the_bot_framework_limit_is_413()
    {
        await using var app = new DirectLineApp(new Dictionary<string, string> { ["BotFramework:MaxRequestBodyBytes"] = "2048" });
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync();

        using var response = await client.PostMessageAsync(conversation, new string('长', 2048));

        await ErrorAssert.IsErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig");
        Assert.Single(app.Bot.Received);
    }

    [Fact]
    public async Task A_bad_watermark_is_400()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync();

        using var response = await client.SendAsync(HttpMethod.Get, $"/conversations/{conversation.Id}/activities?watermark=-1", conversation.Token);

        await ErrorAssert.IsErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
    }

    [Fact]
    public async Task Only_the_newest_activities_are_kept_when_a_conversation_grows_past_its_cap()
    {
        await using var app = new DirectLineApp(new Dictionary<string, string> { ["DirectLine:MaxActivitiesPerConversation"] = "4" });
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync();

        foreach (var text in new[] { "一", "二", "三" })
        {
            await client.PostMessageAsync(conversation, text);
        }

        var texts = DirectLineTestClient.Activities(await client.GetActivitiesAsync(conversation)).Select(DirectLineTestClient.Text);
        Assert.Equal(["二", TestBot.EchoPrefix + "二", "三", TestBot.EchoPrefix + "三"], texts);
    }

    [Fact]
    public async Task Ids_stay_unique_and_watermarks_keep_rising_when_a_forgotten_conversation_is_recreated()
    {
        await using var app = new DirectLineApp(new Dictionary<string, string> { ["DirectLine:ConversationIdleMinutes"] = "5" });
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync();
        var before = await client.GetActivitiesAsync(conversation);
        var oldId = DirectLineTestClient.Activities(before).Single().GetProperty("id").GetString();

        app.Time.Advance(TimeSpan.FromMinutes(6));
        using var reconnect = await client.SendAsync(HttpMethod.Get, $"/conversations/{conversation.Id}", conversation.Token);
        await client.PostMessageAsync(conversation, "回来了");
        var after = await client.GetActivitiesAsync(conversation, before.GetProperty("watermark").GetString());

        var ids = DirectLineTestClient.Activities(after).Select(a => a.GetProperty("id").GetString()).ToList();
        Assert.Equal(2, ids.Count);
        Assert.DoesNotContain(oldId, ids);
    }

    [Fact]
    public async Task Event_activities_from_the_client_reach_the_bot()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync();

        using var response = await client.SendAsync(HttpMethod.Post, $"/conversations/{conversation.Id}/activities", conversation.Token,
            "{\"type\": \"event\", \"name\": \"webchat/join\", \"value\": {\"language\": \"zh-CN\"}}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = app.Bot.Received.Last();
        Assert.Equal(ActivityTypes.Event, received.Type);
        Assert.Equal("webchat/join", received.Name);
    }
}
