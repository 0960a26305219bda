using System.Net;
using System.Net.Http.Headers;
using BranchBot.BotFramework.DirectLine.Security;
using BranchBot.ChatPage;
using BranchBot.Tests.DirectLine.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.DirectLine;

public sealed class ChatPageTests
{
    [Fact]
    public async Task The_chat_page_is_served_at_the_root_with_its_chinese_title_and_a_strict_policy()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>BranchBot 党支部助手</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/chat.js", "text/javascript")]
    [InlineData("/chat.css", "text/css")]
    public async Task The_page_script_and_style_are_served_with_their_types_and_revalidated_by_etag(string path, string mediaType)
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateClient();

        using var first = await client.GetAsync(new Uri(path, UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(mediaType, first.Content.Headers.ContentType?.MediaType);
        Assert.True((await first.Content.ReadAsByteArrayAsync()).Length > 1000);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task A_session_sets_an_http_only_cookie_and_gives_a_token_for_the_browsers_own_conversation()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();

        using var response = await client.Http.PostAsync(new Uri("/chat/session", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single();
        Assert.StartsWith(ChatUserCookie.CookieName + "=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=", cookie, StringComparison.OrdinalIgnoreCase);
        var session = await DirectLineTestClient.ReadJsonAsync(response);
        Assert.Equal("/v3/directline", session.GetProperty("domain").GetString());
        var conversation = new TestConversation(session.GetProperty("conversationId").GetString()!, session.GetProperty("token").GetString()!, null);
        using var started = await client.SendAsync(HttpMethod.Post, "/conversations", conversation.Token);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        await client.PostMessageAsync(conversation, "你好", fromId: "pretend");
        Assert.Equal(session.GetProperty("userId").GetString(), app.Bot.Received.Last().From?.Id);
    }

    [Fact]
    public async Task The_same_browser_keeps_its_user_and_conversation_across_reloads()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });

        var first = await SessionAsync(client);
        var second = await SessionAsync(client);

        Assert.Equal(first.UserId, second.UserId);
        Assert.Equal(first.ConversationId, second.ConversationId);
        Assert.NotEqual(first.Token, second.Token);
    }

    [Fact]
    public async Task Different_browsers_get_different_users_and_conversations()
    {
        await using var app = new DirectLineApp();
        using var one = app.CreateClient();
        using var other = app.CreateClient();

        var first = await SessionAsync(one);
        var second = await SessionAsync(other);

        Assert.NotEqual(first.UserId, second.UserId);
        Assert.NotEqual(first.ConversationId, second.ConversationId);
    }

    [Fact]
    public async Task A_forged_cookie_is_ignored_and_replaced()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/chat/session");
        request.Headers.Add("Cookie", $"{ChatUserCookie.CookieName}=v1.chosen-by-attacker.AAAA");

        using var response = await client.SendAsync(request);

        var session = await DirectLineTestClient.ReadJsonAsync(response);
        Assert.NotEqual("web-chosen-by-attacker", session.GetProperty("userId").GetString());
        Assert.True(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task The_cookie_survives_a_restart_when_the_signing_key_is_persisted()
    {
        var persistedKey = new FixedKeySource(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        var noSecret = new Dictionary<string, string> { ["DirectLine:Secret"] = "" };
        string cookie;
        SessionInfo before;
        await using (var firstRun = new DirectLineApp(noSecret) { ExtraServices = s => s.AddSingleton<IDirectLineSigningKeySource>(persistedKey) })
        {
            using var client = firstRun.CreateClient();
            using var response = await client.PostAsync(new Uri("/chat/session", UriKind.Relative), null);
            cookie = response.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
            before = await ReadSessionAsync(response);
        }

        await using var secondRun = new DirectLineApp(noSecret) { ExtraServices = s => s.AddSingleton<IDirectLineSigningKeySource>(persistedKey) };
        using var restarted = secondRun.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/chat/session");
        request.Headers.Add("Cookie", cookie);
        var after = await ReadSessionAsync(await restarted.SendAsync(request));

        Assert.Equal(before.UserId, after.UserId);
        Assert.Equal(before.ConversationId, after.ConversationId);
        using var directLine = new DirectLineTestClient(restarted);
        using var oldTokenStillValid = await directLine.SendAsync(HttpMethod.Post, "/conversations", before.Token);
        Assert.Equal(HttpStatusCode.Created, oldTokenStillValid.StatusCode);
    }

    [Fact]
    public async Task Without_a_secret_the_generated_key_is_kept_in_the_signing_key_file_across_a_restart()
    {
        var folder = Directory.CreateTempSubdirectory("branchbot-key-");
        var sameDatabase = new Dictionary<string, string>
        {
            ["DirectLine:Secret"] = "",
            ["ConnectionStrings:BranchBot"] = $"Filename={Path.Combine(folder.FullName, "branchbot.db")};Connection=shared",
        };
        string cookie;
        SessionInfo before;
        await using (var firstRun = new DirectLineApp(sameDatabase))
        {
            using var client = firstRun.CreateClient();
            using var response = await client.PostAsync(new Uri("/chat/session", UriKind.Relative), null);
            cookie = response.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
            before = await ReadSessionAsync(response);
        }

        await using var secondRun = new DirectLineApp(sameDatabase);
        using var restarted = secondRun.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/chat/session");
        request.Headers.Add("Cookie", cookie);
        var after = await ReadSessionAsync(await restarted.SendAsync(request));

        Assert.Equal(before.UserId, after.UserId);
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Configuring_a_secret_later_keeps_the_browsers_chat_account()
    {
        var folder = Directory.CreateTempSubdirectory("branchbot-key-");
        var database = $"Filename={Path.Combine(folder.FullName, "branchbot.db")};Connection=shared";
        string cookie;
        SessionInfo before;
        await using (var firstRun = new DirectLineApp(new Dictionary<string, string> { ["DirectLine:Secret"] = "", ["ConnectionStrings:BranchBot"] = database }))
        {
            using var client = firstRun.CreateClient();
            using var response = await client.PostAsync(new Uri("/chat/session", UriKind.Relative), null);
            cookie = response.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
            before = await ReadSessionAsync(response);
        }

        await using var secondRun = new DirectLineApp(new Dictionary<string, string> { ["DirectLine:Secret"] = "a-secret-set-later", ["ConnectionStrings:BranchBot"] = database });
        using var restarted = secondRun.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/chat/session");
        request.Headers.Add("Cookie", cookie);
        var after = await ReadSessionAsync(await restarted.SendAsync(request));

        Assert.Equal(before.UserId, after.UserId);
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task A_fresh_database_without_a_secret_gives_the_browser_a_new_identity()
    {
        var noSecret = new Dictionary<string, string> { ["DirectLine:Secret"] = "" };
        await using var firstRun = new DirectLineApp(noSecret);
        await using var secondRun = new DirectLineApp(noSecret);
        using var firstClient = firstRun.CreateClient();
        using var response = await firstClient.PostAsync(new Uri("/chat/session", UriKind.Relative), null);
        var cookie = response.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        var before = await ReadSessionAsync(response);

        using var secondClient = secondRun.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/chat/session");
        request.Headers.Add("Cookie", cookie);
        var after = await ReadSessionAsync(await secondClient.SendAsync(request));

        Assert.NotEqual(before.UserId, after.UserId);
    }

    private static async Task<SessionInfo> SessionAsync(HttpClient client)
    {
        using var response = await client.PostAsync(new Uri("/chat/session", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CacheControlHeaderValue.Parse("no-store"), response.Headers.CacheControl);
        return await ReadSessionAsync(response);
    }

    private static async Task<SessionInfo> ReadSessionAsync(HttpResponseMessage response)
    {
        var json = await DirectLineTestClient.ReadJsonAsync(response);
        return new SessionInfo(json.GetProperty("userId").GetString()!, json.GetProperty("conversationId").GetString()!, json.GetProperty("token").GetString()!);
    }

    private sealed record SessionInfo(string UserId, string ConversationId, string Token);

    private sealed class FixedKeySource(byte[] key) : IDirectLineSigningKeySource
    {
        public byte[] GetMasterKey() => key;
    }
}
