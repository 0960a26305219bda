using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using BranchBot.BrowserTests.Support;
using BranchBot.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BranchBot.BrowserTests.WebChatCompat;

/// <summary>
/// The official Web Chat (botframework-webchat from npm) against BranchBot's Direct Line, polling, from a page on
/// another origin: the message must be marked as sent (the echo with its clientActivityID came back) and the
/// bot's reply must show.
/// </summary>
public sealed class WebChatCompatibilityTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const float Timeout = 25_000;
    private const string UserId = "dl_webchat-user";

    [SkippableFact]
    public async Task Web_chat_sends_a_message_sees_it_marked_sent_and_shows_the_bots_reply()
    {
        BrowserEnvironment.RequireChromium();
        BrowserEnvironment.RequireWebChatBundle();
        await using var server = new BranchBotServer();
        await using var pageHost = await StartPageHostAsync();
        var token = await GenerateTokenAsync(server);
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => console.Add($"{message.Type}: {message.Text}");

        await page.GotoAsync(pageHost.Address + "/");
        await page.EvaluateAsync("([domain, token, user]) => window.startChat(domain, token, user)",
            new[] { new Uri(server.BaseAddress, "/v3/directline").ToString(), token, UserId });
        await Expect(Said(page, TestBot.Greeting)).ToBeVisibleAsync(new() { Timeout = Timeout });
        var sendBox = page.Locator("[data-id='webchat-sendbox-input']");
        await sendBox.FillAsync("你好，Web Chat");
        await sendBox.PressAsync("Enter");

        await Expect(Said(page, TestBot.EchoPrefix + "你好，Web Chat")).ToBeVisibleAsync(new() { Timeout = Timeout });
        await page.WaitForFunctionAsync("() => window.outgoing().some(a => a.text === '你好，Web Chat' && a.status === 'sent')", null, new() { Timeout = Timeout });
        var sent = (await page.EvaluateAsync<JsonElement>("() => window.outgoing()")).EnumerateArray().Single();
        Assert.StartsWith(sent.GetProperty("id").GetString()!.Split('|')[0] + "|", sent.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await page.GetByText("发送失败").CountAsync() + await page.GetByText("Send failed").CountAsync());
        Assert.Equal(UserId, server.Bot.Received.Last().From?.Id);
        Assert.DoesNotContain(console, line => line.Contains("CORS", StringComparison.OrdinalIgnoreCase));
    }

    [SkippableFact]
    public async Task Web_chat_shows_the_suggested_actions_and_a_click_sends_the_value()
    {
        BrowserEnvironment.RequireChromium();
        BrowserEnvironment.RequireWebChatBundle();
        await using var server = new BranchBotServer();
        await using var pageHost = await StartPageHostAsync();
        var token = await GenerateTokenAsync(server);
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(pageHost.Address + "/");
        await page.EvaluateAsync("([domain, token, user]) => window.startChat(domain, token, user)",
            new[] { new Uri(server.BaseAddress, "/v3/directline").ToString(), token, UserId });
        // Typing before Web Chat has connected can lose the message on a loaded machine: wait for the greeting first.
        await Expect(Said(page, TestBot.Greeting)).ToBeVisibleAsync(new() { Timeout = Timeout });
        var sendBox = page.Locator("[data-id='webchat-sendbox-input']");
        await sendBox.FillAsync("建议");
        await sendBox.PressAsync("Enter");

        await page.Locator(".webchat__suggested-actions__button", new() { HasText = TestBot.SuggestionOk }).ClickAsync(new() { Timeout = Timeout });

        await Expect(Said(page, TestBot.EchoPrefix + TestBot.SuggestionOk)).ToBeVisibleAsync(new() { Timeout = Timeout });
        Assert.Equal(TestBot.SuggestionOk, server.Bot.Received.Last().Text);
    }

    /// <summary>A message as Web Chat renders it in the transcript (markdown paragraphs).</summary>
    private static ILocator Said(IPage page, string text) =>
        page.GetByRole(AriaRole.Paragraph).Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(text) + "$") });

    private static async Task<string> GenerateTokenAsync(BranchBotServer server)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { user = new { id = UserId } }), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BranchBotServer.Secret);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("token").GetString()!;
    }

    /// <summary>A second loopback server for the test page and the Web Chat bundle: another origin than the bot.</summary>
    private static async Task<PageHost> StartPageHostAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var pagePath = Path.Combine(AppContext.BaseDirectory, "WebChatCompat", "webchat-compat.html");
        app.MapGet("/", () => Results.File(pagePath, "text/html; charset=utf-8"));
        app.MapGet("/webchat.js", () => Results.File(BrowserEnvironment.WebChatBundle, "text/javascript; charset=utf-8"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new PageHost(app, address);
    }

    private sealed record PageHost(WebApplication App, string Address) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => App.DisposeAsync();
    }
}
