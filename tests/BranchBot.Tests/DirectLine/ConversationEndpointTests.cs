using System.Net;
using BranchBot.BotFramework.Schema;
using BranchBot.TestSupport;
using BranchBot.Tests.DirectLine.Support;

namespace BranchBot.Tests.DirectLine;

public sealed class ConversationEndpointTests
{
    [Fact]
    public async Task Starting_with_a_token_returns_201_with_a_stream_url()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();
        var generated = await client.GenerateTokenAsync();

        using var response = await client.SendAsync(HttpMethod.Post, "/conversations", generated.Token);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await DirectLineTestClient.ReadJsonAsync(response);
        Assert.Equal(generated.Id, json.GetProperty("conversationId").GetString());
        Assert.Equal(3600, json.GetProperty("expires_in").GetInt32());
        var streamUrl = json.GetProperty("streamUrl").GetString()!;
        Assert.StartsWith($"ws://localhost/v3/directline/conversations/{generated.Id}/stream?t=", streamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starting_sends_the_bot_a_conversationUpdate_with_the_user_and_the_bot()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();

        var conversation = await client.StartAsync(userId: "dl_alice");

        var update = Assert.Single(app.Bot.Received);
        Assert.Equal(ActivityTypes.ConversationUpdate, update.Type);
        Assert.Equal(conversation.Id, update.Conversation?.Id);
        Assert.Equal("directline", update.ChannelId);
        Assert.Equal("http://bot.test/v3/directline/", update.ServiceUrl);
        Assert.Equal("dl_alice", update.From?.Id);
        Assert.Equal("branchbot", update.Recipient?.Id);
        Assert.Equal(["dl_alice", "branchbot"], update.MembersAdded!.Select(m => m.Id));
    }

    [Fact]
    public async Task The_greeting_the_bot_sends_on_start_is_in_the_transcript_but_the_conversationUpdate_is_not()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();

        var conversation = await client.StartAsync();

        var activities = DirectLineTestClient.Activities(await client.GetActivitiesAsync(conversation)).ToList();
        var greeting = Assert.Single(activities);
        Assert.Equal(TestBot.Greeting, DirectLineTestClient.Text(greeting));
        Assert.Equal("branchbot", greeting.GetProperty("from").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Starting_again_with_the_same_token_resumes_without_a_second_conversationUpdate()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync();

        using var again = await client.SendAsync(HttpMethod.Post, "/conversations", conversation.Token);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(conversation.Id, (await DirectLineTestClient.ReadJsonAsync(again)).GetProperty("conversationId").GetString());
        Assert.Single(app.Bot.Received);
    }

    [Fact]
    public async Task Starting_with_the_secret_creates_a_new_conversation_each_time()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();

        using var first = await client.SendAsync(HttpMethod.Post, "/conversations", DirectLineApp.Secret);
        using var second = await client.SendAsync(HttpMethod.Post, "/conversations", DirectLineApp.Secret);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.NotEqual(
            (await DirectLineTestClient.ReadJsonAsync(first)).GetProperty("conversationId").GetString(),
            (await DirectLineTestClient.ReadJsonAsync(second)).GetProperty("conversationId").GetString());
        Assert.Equal(2, app.Bot.Received.Count);
    }

    [Fact]
    public async Task Starting_without_authorization_is_401()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();

        using var response = await client.SendAsync(HttpMethod.Post, "/conversations", bearer: null);

        await ErrorAssert.IsErrorAsync(response, HttpStatusCode.Unauthorized, "Unauthorized");
        Assert.Empty(app.Bot.Received);
    }

    [Fact]
    public async Task Reconnect_returns_a_fresh_token_and_a_stream_url_from_the_watermark()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync();
        var watermark = (await client.GetActivitiesAsync(conversation)).GetProperty("watermark").GetString();

        using var response = await client.SendAsync(HttpMethod.Get, $"/conversations/{conversation.Id}?watermark={watermark}", conversation.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await DirectLineTestClient.ReadJsonAsync(response);
        Assert.Equal(conversation.Id, json.GetProperty("conversationId").GetString());
        Assert.NotEqual(conversation.Token, json.GetProperty("token").GetString());
        Assert.EndsWith($"&watermark={watermark}", json.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconnect_with_the_token_of_another_conversation_is_403()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();
        var mine = await client.StartAsync();
        var theirs = await client.StartAsync();

        using var response = await client.SendAsync(HttpMethod.Get, $"/conversations/{theirs.Id}", mine.Token);

        await ErrorAssert.IsErrorAsync(response, HttpStatusCode.Forbidden, "Forbidden");
    }

    [Fact]
    public async Task Reconnect_with_the_secret_to_an_unknown_conversation_is_404()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();

        using var response = await client.SendAsync(HttpMethod.Get, "/conversations/no-such-conversation", DirectLineApp.Secret);

        await ErrorAssert.IsErrorAsync(response, HttpStatusCode.NotFound, "NotFound");
    }

    [Fact]
    public async Task Reconnect_with_a_bad_watermark_is_400()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync();

        using var response = await client.SendAsync(HttpMethod.Get, $"/conversations/{conversation.Id}?watermark=abc", conversation.Token);

        await ErrorAssert.IsErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
    }

    [Fact]
    public async Task An_idle_conversation_is_forgotten_and_a_token_holder_gets_it_back_with_its_transcript_by_reconnecting()
    {
        await using var app = new DirectLineApp(new Dictionary<string, string>
        {
            ["DirectLine:ConversationIdleMinutes"] = "10",
            ["DirectLine:TokenLifetimeMinutes"] = "60",
        });
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync();

        app.Time.Advance(TimeSpan.FromMinutes(11));
        using var forgotten = await client.SendAsync(HttpMethod.Get, $"/conversations/{conversation.Id}/activities", conversation.Token);
        using var reconnect = await client.SendAsync(HttpMethod.Get, $"/conversations/{conversation.Id}", conversation.Token);
        var resumed = await client.GetActivitiesAsync(conversation);

        await ErrorAssert.IsErrorAsync(forgotten, HttpStatusCode.NotFound, "NotFound");
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        Assert.Equal([TestBot.Greeting], DirectLineTestClient.Activities(resumed).Select(DirectLineTestClient.Text));
        Assert.Single(app.Bot.Received);
    }

    [Fact]
    public async Task Beyond_the_conversation_cap_the_least_recently_used_conversation_is_forgotten()
    {
        await using var app = new DirectLineApp(new Dictionary<string, string> { ["DirectLine:MaxConversations"] = "2" });
        using var client = app.CreateDirectLineClient();
        var oldest = await client.StartAsync();
        app.Time.Advance(TimeSpan.FromSeconds(1));
        var recentlyRead = await client.StartAsync();
        app.Time.Advance(TimeSpan.FromSeconds(1));
        await client.GetActivitiesAsync(oldest);
        app.Time.Advance(TimeSpan.FromSeconds(1));

        var newest = await client.StartAsync();

        using var evicted = await client.SendAsync(HttpMethod.Get, $"/conversations/{recentlyRead.Id}/activities", recentlyRead.Token);
        await ErrorAssert.IsErrorAsync(evicted, HttpStatusCode.NotFound, "NotFound");
        Assert.NotEmpty(DirectLineTestClient.Activities(await client.GetActivitiesAsync(oldest)));
        Assert.NotEmpty(DirectLineTestClient.Activities(await client.GetActivitiesAsync(newest)));
    }
}
