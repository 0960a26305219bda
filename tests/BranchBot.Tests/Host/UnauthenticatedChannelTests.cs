using System.Net;
using System.Text;
using System.Text.Json;
using BranchBot.Core.Conversations;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BranchBot.Tests.Host;

/// <summary>Without a MicrosoftAppId, /api/messages is open only in Development or when the operator says so.</summary>
public class UnauthenticatedChannelTests
{
    private const string Forged = """
        {"type":"message","id":"act-1","channelId":"emulator","serviceUrl":"https://attacker.example/","text":"匿名建议列表",
         "from":{"id":"secretary","name":"王书记"},"recipient":{"id":"bot"},"conversation":{"id":"conv-1"},"locale":"zh-CN"}
        """;

    private static Dictionary<string, string?> Production(bool allowUnauthenticated = false) => new()
    {
        ["environment"] = "Production",
        ["BotFramework:AllowUnauthenticated"] = allowUnauthenticated ? "true" : "false",
    };

    private static Task<HttpResponseMessage> PostAsync(BranchBotApplication app) =>
        app.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(Forged, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task Production_without_an_app_id_refuses_with_401_and_runs_and_stores_nothing()
    {
        await using var app = new BranchBotApplication(Production());

        using var response = await PostAsync(app);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = body.RootElement.GetProperty("error");
        Assert.Equal("401", error.GetProperty("code").GetString());
        Assert.Contains("身份验证失败", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppId", error.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(app.Connector.Calls);
        Assert.Null(await app.Services.GetRequiredService<IChatAddressStore>().GetAsync("emulator", "secretary", CancellationToken.None));
    }

    [Fact]
    public async Task Production_with_allow_unauthenticated_accepts_and_warns_at_start()
    {
        var logs = new CapturingLoggerProvider();
        await using var app = new BranchBotApplication(Production(allowUnauthenticated: true), services => services.AddSingleton<ILoggerProvider>(logs));

        using var response = await PostAsync(app);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(app.Connector.Calls);
        Assert.Contains(logs.Lines, line => line.Level == LogLevel.Warning && line.Message.Contains("BotFramework:AllowUnauthenticated is set", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Development_without_an_app_id_accepts_the_emulator()
    {
        await using var app = new BranchBotApplication();

        using var response = await PostAsync(app);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(app.Connector.Calls);
    }

    [Fact]
    public async Task The_built_in_chat_page_still_works_in_production()
    {
        await using var app = new BranchBotApplication(Production());
        using var client = app.CreateClient();
        using var session = await client.PostAsync(new Uri("/chat/session", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, session.StatusCode);
        using var json = JsonDocument.Parse(await session.Content.ReadAsStringAsync());
        var token = json.RootElement.GetProperty("token").GetString();
        var conversation = json.RootElement.GetProperty("conversationId").GetString();

        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new("Bearer", token);
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(start)).StatusCode);
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversation}/activities")
        {
            Content = new StringContent("""{"type":"message","text":"帮助","from":{"id":"x"}}""", Encoding.UTF8, "application/json"),
        };
        post.Headers.Authorization = new("Bearer", token);

        using var posted = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
    }
}
