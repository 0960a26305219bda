using System.Net;
using System.Text.Json;
using BranchBot.Storage.LiteDb;
using BranchBot.TestSupport;
using BranchBot.Tests.DirectLine.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.DirectLine;

/// <summary>The chat page's transcript is kept in the database: a returning browser sees its recent messages after a restart.</summary>
public sealed class TranscriptRestartTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("branchbot-transcript-");

    private Dictionary<string, string> Settings(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string>
        {
            ["DirectLine:Secret"] = "",
            ["ConnectionStrings:BranchBot"] = $"Filename={Path.Combine(_folder.FullName, "branchbot.db")};Connection=shared",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    [Fact]
    public async Task After_a_restart_the_page_shows_its_messages_and_watermarks_go_on()
    {
        string cookie;
        string watermark;
        await using (var firstRun = new DirectLineApp(Settings()))
        {
            using var client = new DirectLineTestClient(firstRun.CreateClient());
            (cookie, var conversation) = await OpenPageAsync(client, cookie: null);
            await PostAsync(client, conversation, "第一条消息");
            var all = await client.GetActivitiesAsync(conversation);
            watermark = all.GetProperty("watermark").GetString()!;
            var stored = firstRun.Services.GetRequiredService<LiteDbContext>().Database.GetCollection(LiteDbCollections.ChatTranscripts).FindAll().ToList();
            Assert.Equal(3, stored.Count);
            Assert.DoesNotContain(stored, document => document.ToString().Contains("第一条消息", StringComparison.Ordinal));
        }

        await using var secondRun = new DirectLineApp(Settings());
        using var restarted = new DirectLineTestClient(secondRun.CreateClient());
        var (_, resumed) = await OpenPageAsync(restarted, cookie, expected: HttpStatusCode.OK);

        var shown = Texts(await restarted.GetActivitiesAsync(resumed));
        Assert.Equal([TestBot.Greeting, "第一条消息", TestBot.EchoPrefix + "第一条消息"], shown);
        Assert.Empty(Texts(await restarted.GetActivitiesAsync(resumed, watermark)));

        await PostAsync(restarted, resumed, "第二条消息");
        Assert.Equal(["第二条消息", TestBot.EchoPrefix + "第二条消息"], Texts(await restarted.GetActivitiesAsync(resumed, watermark)));
        Assert.Single(secondRun.Bot.Received, a => a.Type == "message");
    }

    [Fact]
    public async Task The_stored_transcript_is_bounded_per_conversation()
    {
        var limit = ("DirectLine:MaxActivitiesPerConversation", "4");
        string cookie;
        await using (var firstRun = new DirectLineApp(Settings(limit)))
        {
            using var client = new DirectLineTestClient(firstRun.CreateClient());
            (cookie, var conversation) = await OpenPageAsync(client, cookie: null);
            for (var i = 1; i <= 5; i++)
            {
                await PostAsync(client, conversation, $"消息{i}");
            }

            Assert.Equal(4, firstRun.Services.GetRequiredService<LiteDbContext>().Database.GetCollection(LiteDbCollections.ChatTranscripts).Count());
        }

        await using var secondRun = new DirectLineApp(Settings(limit));
        using var restarted = new DirectLineTestClient(secondRun.CreateClient());
        var (_, resumed) = await OpenPageAsync(restarted, cookie, expected: HttpStatusCode.OK);

        Assert.Equal(["消息4", TestBot.EchoPrefix + "消息4", "消息5", TestBot.EchoPrefix + "消息5"], Texts(await restarted.GetActivitiesAsync(resumed)));
    }

    [Fact]
    public async Task Messages_older_than_the_kept_days_are_not_shown_again()
    {
        string cookie;
        await using (var firstRun = new DirectLineApp(Settings()))
        {
            using var client = new DirectLineTestClient(firstRun.CreateClient());
            (cookie, var conversation) = await OpenPageAsync(client, cookie: null);
            await PostAsync(client, conversation, "一个多月前的消息");
        }

        await using var secondRun = new DirectLineApp(Settings());
        secondRun.Time.Advance(TimeSpan.FromDays(31));
        using var restarted = new DirectLineTestClient(secondRun.CreateClient());
        var (_, resumed) = await OpenPageAsync(restarted, cookie, expected: HttpStatusCode.Created);

        Assert.Equal([TestBot.Greeting], Texts(await restarted.GetActivitiesAsync(resumed)));
        Assert.Equal(1, secondRun.Services.GetRequiredService<LiteDbContext>().Database.GetCollection(LiteDbCollections.ChatTranscripts).Count());
    }

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>What the chat page does on load: /chat/session (with the browser's cookie), then POST conversations.</summary>
    private static async Task<(string Cookie, TestConversation Conversation)> OpenPageAsync(DirectLineTestClient client, string? cookie, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/chat/session");
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        using var session = await client.Http.SendAsync(request);
        var issuedCookie = session.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        var json = await DirectLineTestClient.ReadJsonAsync(session);
        using var started = await client.SendAsync(HttpMethod.Post, "/conversations", json.GetProperty("token").GetString());
        Assert.Equal(expected, started.StatusCode);
        var body = await DirectLineTestClient.ReadJsonAsync(started);
        return (issuedCookie, new TestConversation(body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!, null));
    }

    private static async Task PostAsync(DirectLineTestClient client, TestConversation conversation, string text)
    {
        using var response = await client.PostMessageAsync(conversation, text);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static List<string?> Texts(JsonElement activitySet) =>
        [.. DirectLineTestClient.Activities(activitySet).Select(DirectLineTestClient.Text)];
}
