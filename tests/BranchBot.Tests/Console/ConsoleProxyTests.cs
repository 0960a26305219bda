using System.Net;
using System.Text;
using BranchBot.Tests.Support;
using BranchBot.WebConsole.Access;
using Microsoft.AspNetCore.Http;

namespace BranchBot.Tests.Console;

/// <summary>Behind a TLS proxy the console cookie is Secure, but only when the proxy is one the bot was told to trust.</summary>
public class ConsoleProxyTests
{
    private static readonly Dictionary<string, string?> TrustedProxyNetwork = new() { ["BranchBot:KnownProxies:0"] = "10.20.0.0/16" };

    [Fact]
    public async Task A_configured_proxy_forwarding_https_gets_a_secure_console_cookie()
    {
        await using var app = new BranchBotApplication(TrustedProxyNetwork);

        var cookie = await SignInThroughAsync(app, IPAddress.Parse("10.20.3.4"));

        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_single_configured_proxy_address_is_trusted_too()
    {
        await using var app = new BranchBotApplication(new Dictionary<string, string?> { ["BranchBot:KnownProxies"] = "192.0.2.10, 10.9.9.9" });

        var cookie = await SignInThroughAsync(app, IPAddress.Parse("10.9.9.9"));

        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_header_from_an_unconfigured_address_is_ignored()
    {
        await using var app = new BranchBotApplication(TrustedProxyNetwork);

        var cookie = await SignInThroughAsync(app, IPAddress.Parse("203.0.113.7"));

        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Presses 进入控制台 as a request arriving from <paramref name="from"/> with X-Forwarded-Proto: https; returns the session cookie.</summary>
    private static async Task<string> SignInThroughAsync(BranchBotApplication app, IPAddress from)
    {
        var secretary = await app.ClaimedBranchAsync();
        var form = Encoding.UTF8.GetBytes("token=" + Uri.EscapeDataString(ConsoleTestSupport.TokenOf(app.LinkFor(secretary))));
        var context = await app.Server.SendAsync(http =>
        {
            http.Connection.RemoteIpAddress = from;
            http.Request.Method = HttpMethods.Post;
            http.Request.Path = "/console/login";
            http.Request.Headers["X-Forwarded-Proto"] = "https";
            http.Request.Headers["X-Forwarded-For"] = "198.51.100.23";
            http.Request.ContentType = "application/x-www-form-urlencoded";
            http.Request.Body = new MemoryStream(form);
        });

        Assert.Equal(StatusCodes.Status302Found, context.Response.StatusCode);
        return Assert.Single(context.Response.Headers.SetCookie, c => c!.StartsWith(ConsoleSession.CookieName + "=", StringComparison.Ordinal))!;
    }
}
