using System.Net;
using BranchBot.Tests.DirectLine.Support;

namespace BranchBot.Tests.DirectLine;

public sealed class TokenEndpointTests
{
    [Fact]
    public async Task Generate_with_the_secret_returns_a_token_for_a_new_conversation()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();

        using var response = await client.SendAsync(HttpMethod.Post, "/tokens/generate", DirectLineApp.Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await DirectLineTestClient.ReadJsonAsync(response);
        Assert.False(string.IsNullOrEmpty(json.GetProperty("conversationId").GetString()));
        Assert.StartsWith("dl1.", json.GetProperty("token").GetString(), StringComparison.Ordinal);
        Assert.Equal(3600, json.GetProperty("expires_in").GetInt32());
        Assert.False(json.TryGetProperty("streamUrl", out _));
    }

    [Fact]
    public async Task Generate_twice_gives_two_different_conversations()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();

        var first = await client.GenerateTokenAsync();
        var second = await client.GenerateTokenAsync();

        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public async Task Generate_without_authorization_is_401()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();

        using var response = await client.SendAsync(HttpMethod.Post, "/tokens/generate", bearer: null);

        await ErrorAssert.IsErrorAsync(response, HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Fact]
    public async Task Generate_with_a_wrong_secret_is_403()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();

        using var response = await client.SendAsync(HttpMethod.Post, "/tokens/generate", "not-the-secret");

        await ErrorAssert.IsErrorAsync(response, HttpStatusCode.Forbidden, "BadToken");
    }

    [Fact]
    public async Task Generate_with_a_token_instead_of_the_secret_is_403()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();
        var conversation = await client.GenerateTokenAsync();

        using var response = await client.SendAsync(HttpMethod.Post, "/tokens/generate", conversation.Token);

        await ErrorAssert.IsErrorAsync(response, HttpStatusCode.Forbidden, "Forbidden");
    }

    [Fact]
    public async Task Generate_is_refused_when_no_secret_is_configured()
    {
        await using var app = new DirectLineApp(new Dictionary<string, string> { ["DirectLine:Secret"] = "" });
        using var client = app.CreateDirectLineClient();

        using var empty = await client.SendAsync(HttpMethod.Post, "/tokens/generate", bearer: null);
        using var guessed = await client.SendAsync(HttpMethod.Post, "/tokens/generate", "anything");

        Assert.Equal(HttpStatusCode.Unauthorized, empty.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, guessed.StatusCode);
    }

    [Fact]
    public async Task Generate_binds_the_user_id_given_by_the_secret_holder()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync(userId: "dl_member-42");

        using var posted = await client.PostMessageAsync(conversation, "你好", fromId: "someone-else");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var userActivity = DirectLineTestClient.Activities(await client.GetActivitiesAsync(conversation))
            .Single(a => DirectLineTestClient.Text(a) == "你好");
        Assert.Equal("dl_member-42", userActivity.GetProperty("from").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"user\":{\"id\":\"  padded  \"}}")]
    public async Task Generate_rejects_a_bad_body_with_400(string body)
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();

        using var response = await client.SendAsync(HttpMethod.Post, "/tokens/generate", DirectLineApp.Secret, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Refresh_returns_a_new_token_for_the_same_conversation()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync();

        using var response = await client.SendAsync(HttpMethod.Post, "/tokens/refresh", conversation.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await DirectLineTestClient.ReadJsonAsync(response);
        Assert.Equal(conversation.Id, json.GetProperty("conversationId").GetString());
        var refreshed = json.GetProperty("token").GetString()!;
        Assert.NotEqual(conversation.Token, refreshed);
        using var withRefreshed = await client.SendAsync(HttpMethod.Get, $"/conversations/{conversation.Id}/activities", refreshed);
        Assert.Equal(HttpStatusCode.OK, withRefreshed.StatusCode);
    }

    [Fact]
    public async Task Refresh_with_the_secret_is_403()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();

        using var response = await client.SendAsync(HttpMethod.Post, "/tokens/refresh", DirectLineApp.Secret);

        await ErrorAssert.IsErrorAsync(response, HttpStatusCode.Forbidden, "Forbidden");
    }

    [Fact]
    public async Task A_token_stops_working_when_its_lifetime_is_over()
    {
        await using var app = new DirectLineApp(new Dictionary<string, string> { ["DirectLine:TokenLifetimeMinutes"] = "30" });
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync();

        app.Time.Advance(TimeSpan.FromMinutes(29));
        using var stillValid = await client.SendAsync(HttpMethod.Get, $"/conversations/{conversation.Id}/activities", conversation.Token);
        app.Time.Advance(TimeSpan.FromMinutes(1));
        using var expired = await client.SendAsync(HttpMethod.Get, $"/conversations/{conversation.Id}/activities", conversation.Token);
        using var refresh = await client.SendAsync(HttpMethod.Post, "/tokens/refresh", conversation.Token);

        Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);
        await ErrorAssert.IsErrorAsync(expired, HttpStatusCode.Forbidden, "TokenExpired");
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        await using var other = new DirectLineApp(new Dictionary<string, string> { ["DirectLine:Secret"] = "another-secret" });
        await using var app = new DirectLineApp();
        using var otherClient = other.CreateDirectLineClient();
        using var client = app.CreateDirectLineClient();
        using var generated = await otherClient.SendAsync(HttpMethod.Post, "/tokens/generate", "another-secret");
        var foreignToken = (await DirectLineTestClient.ReadJsonAsync(generated)).GetProperty("token").GetString();

        using var response = await client.SendAsync(HttpMethod.Post, "/conversations", foreignToken);

        await ErrorAssert.IsErrorAsync(response, HttpStatusCode.Forbidden, "BadToken");
    }

    [Fact]
    public async Task A_token_whose_payload_was_changed_is_refused()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();
        var conversation = await client.GenerateTokenAsync();
        var parts = conversation.Token.Split('.');
        var tampered = $"{parts[0]}.{parts[1][..^2]}{(parts[1][^2] == 'A' ? 'B' : 'A')}{parts[1][^1]}.{parts[2]}";

        using var response = await client.SendAsync(HttpMethod.Post, "/conversations", tampered);

        await ErrorAssert.IsErrorAsync(response, HttpStatusCode.Forbidden, "BadToken");
    }
}
