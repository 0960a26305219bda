using System.Net;
using System.Text;
using System.Text.Json;
using BranchBot.Tests.Console;
using BranchBot.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BranchBot.Tests.Host;

/// <summary>Links sent in chat (控制台, 我的日历) point where the member reached the server, not at a fixed localhost:3978.</summary>
public sealed class PublicLinkAddressTests
{
    private static readonly Dictionary<string, string?> TrustedProxyNetwork = new() { ["BranchBot:KnownProxies:0"] = "10.20.0.0/16" };

    [Fact]
    public async Task Without_a_public_url_the_console_link_uses_the_scheme_host_and_port_of_the_request()
    {
        await using var app = new BranchBotApplication();
        await app.ClaimedBranchAsync();
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://bot.branch.test:8080/") });

        var reply = await client.SayAsync(app, "控制台", "secretary");

        Assert.Contains("http://bot.branch.test:8080/console/login?token=cl1.", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_public_url_the_calendar_link_uses_the_address_of_the_request()
    {
        await using var app = new BranchBotApplication();
        await app.ClaimedBranchAsync();
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://dangjian.example.cn:8443/") });

        var reply = await client.SayAsync(app, "我的日历", "secretary");

        Assert.Contains("https://dangjian.example.cn:8443/calendar/", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_url_wins_over_the_request_address()
    {
        await using var app = new BranchBotApplication(new Dictionary<string, string?> { ["BranchBot:PublicUrl"] = "https://bot.example.org/dangjian/" });
        await app.ClaimedBranchAsync();
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://10.0.0.5:5000/") });

        var reply = await client.SayAsync(app, "我的日历", "secretary");

        Assert.Contains("https://bot.example.org/dangjian/calendar/", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Behind_a_known_proxy_the_link_uses_the_forwarded_scheme_host_and_prefix()
    {
        await using var app = new BranchBotApplication(TrustedProxyNetwork);
        await app.ClaimedBranchAsync();

        var reply = await SayThroughAsync(app, IPAddress.Parse("10.20.3.4"), "控制台");

        Assert.Contains("https://dangjian.example.cn/bot/console/login?token=cl1.", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_unknown_address_do_not_change_the_link()
    {
        await using var app = new BranchBotApplication(TrustedProxyNetwork);
        await app.ClaimedBranchAsync();

        var reply = await SayThroughAsync(app, IPAddress.Parse("203.0.113.7"), "控制台");

        Assert.Contains("http://bot.internal/console/login?token=cl1.", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("dangjian.example.cn", reply, StringComparison.Ordinal);
    }

    /// <summary>One chat turn over /api/messages arriving from <paramref name="from"/> with X-Forwarded-Proto, -Host and -Prefix.</summary>
    private static async Task<string> SayThroughAsync(BranchBotApplication app, IPAddress from, string text)
    {
        app.Connector.Calls.Clear();
        var activity = JsonSerializer.SerializeToUtf8Bytes(new
        {
            type = "message", id = "act-1", channelId = "test", serviceUrl = "http://127.0.0.1:9/", text,
            from = new { id = "secretary", name = "secretary" }, recipient = new { id = "bot" }, conversation = new { id = "conv-secretary" }, locale = "zh-CN",
        });
        var context = await app.Server.SendAsync(http =>
        {
            http.Connection.RemoteIpAddress = from;
            http.Request.Method = HttpMethods.Post;
            http.Request.Scheme = "http";
            http.Request.Host = new HostString("bot.internal");
            http.Request.Path = "/api/messages";
            http.Request.Headers["X-Forwarded-Proto"] = "https";
            http.Request.Headers["X-Forwarded-For"] = "198.51.100.23";
            http.Request.Headers["X-Forwarded-Host"] = "dangjian.example.cn";
            http.Request.Headers["X-Forwarded-Prefix"] = "/bot";
            http.Request.ContentType = "application/json";
            http.Request.Body = new MemoryStream(activity);
        });

        Assert.True(context.Response.StatusCode < 300, $"/api/messages answered {context.Response.StatusCode}");
        return string.Join("\n", app.Connector.Calls.Select(c => c.Activity.Text));
    }
}
