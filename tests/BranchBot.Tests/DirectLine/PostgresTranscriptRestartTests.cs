using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using BranchBot.Storage.Postgres;
using BranchBot.TestSupport;
using BranchBot.Tests.DirectLine.Support;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.DirectLine;

/// <summary>On PostgreSQL the chat page's transcript is kept too (encrypted): a returning browser sees its messages after a restart.</summary>
public sealed class PostgresTranscriptRestartTests : IAsyncLifetime, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("branchbot-pg-transcript-");
    private readonly string _dataKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private string? _connectionString;

    [SkippableFact]
    public async Task After_a_restart_the_page_shows_its_messages_and_watermarks_go_on()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        string cookie;
        string watermark;
        await using (var firstRun = new DirectLineApp(Settings()))
        {
            using var client = new DirectLineTestClient(firstRun.CreateClient());
            (cookie, var conversation) = await OpenPageAsync(client, cookie: null);
            await PostAsync(client, conversation, "第一条消息");
            watermark = (await client.GetActivitiesAsync(conversation)).GetProperty("watermark").GetString()!;
            var stored = await firstRun.Services.GetRequiredService<PostgresDatabase>().QueryAsync(
                "SELECT activity FROM chat_transcripts", r => r.GetString(0), CancellationToken.None);
            Assert.Equal(3, stored.Count);
            Assert.DoesNotContain(stored, activity => activity.Contains("第一条消息", StringComparison.Ordinal));
        }

        await using var secondRun = new DirectLineApp(Settings());
        using var restarted = new DirectLineTestClient(secondRun.CreateClient());
        var (_, resumed) = await OpenPageAsync(restarted, cookie, expected: HttpStatusCode.OK);

        Assert.Equal([TestBot.Greeting, "第一条消息", TestBot.EchoPrefix + "第一条消息"], Texts(await restarted.GetActivitiesAsync(resumed)));
        Assert.Empty(Texts(await restarted.GetActivitiesAsync(resumed, watermark)));
        await PostAsync(restarted, resumed, "第二条消息");
        Assert.Equal(["第二条消息", TestBot.EchoPrefix + "第二条消息"], Texts(await restarted.GetActivitiesAsync(resumed, watermark)));
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["DirectLine:Secret"] = "",
        ["ConnectionStrings:BranchBot"] = _connectionString!,
        ["Security:DataKey"] = _dataKey,
        ["Security:SigningKeyFile"] = Path.Combine(_folder.FullName, "signing.key"),
    };

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
