using System.Net;
using BranchBot.Core.WebConsole;
using BranchBot.Tests.Support;
using BranchBot.WebConsole.Access;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Console;

/// <summary>退出 and 退出控制台 end sessions on the server, so a copy of the cookie stops working too.</summary>
public class ConsoleSignOutTests
{
    /// <summary>Signs in through a link and returns the browser and the session cookie it was given.</summary>
    private static async Task<(HttpClient Browser, string Cookie)> SignInAsync(BranchBotApplication app, BranchBot.Core.Membership.Member member)
    {
        var browser = app.Browser();
        using var used = await browser.UseLinkAsync(app.LinkFor(member));
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        var cookie = used.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(ConsoleSession.CookieName + "=", StringComparison.Ordinal));
        return (browser, cookie[..cookie.IndexOf(';', StringComparison.Ordinal)]);
    }

    /// <summary>A request carrying <paramref name="cookie"/> from another machine: no cookie jar, the header copied.</summary>
    private static async Task<HttpStatusCode> OverviewWithCookieAsync(BranchBotApplication app, string cookie)
    {
        using var elsewhere = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/console", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        using var response = await elsewhere.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task After_logout_a_copy_of_the_session_cookie_is_refused()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var (browser, cookie) = await SignInAsync(app, secretary);
        using var _ = browser;
        Assert.Equal(HttpStatusCode.OK, await OverviewWithCookieAsync(app, cookie));
        var (_, overview) = await browser.GetPageAsync("/console");

        using var logout = await browser.PostAsync(new Uri("/console/logout", UriKind.Relative), new FormUrlEncodedContent([new("csrf", ConsoleTestSupport.CsrfIn(overview))]));

        Assert.Equal(HttpStatusCode.OK, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await OverviewWithCookieAsync(app, cookie));
    }

    [Fact]
    public async Task Signing_out_everywhere_from_chat_ends_every_earlier_session_and_a_new_link_still_works()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var (office, officeCookie) = await SignInAsync(app, secretary);
        var (home, homeCookie) = await SignInAsync(app, secretary);
        using var _ = office;
        using var __ = home;
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        using var chat = app.CreateClient();

        var reply = await chat.SayAsync(app, "退出控制台", "secretary");

        Assert.Contains("已让你在所有电脑上的控制台登录立即失效", reply, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, await OverviewWithCookieAsync(app, officeCookie));
        Assert.Equal(HttpStatusCode.Unauthorized, await OverviewWithCookieAsync(app, homeCookie));
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var (fresh, freshCookie) = await SignInAsync(app, secretary);
        using var ___ = fresh;
        Assert.Equal(HttpStatusCode.OK, await OverviewWithCookieAsync(app, freshCookie));
        var audit = await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(10, CancellationToken.None);
        Assert.Contains(audit, e => e is { Action: "退出所有登录（聊天）", MemberName: "王书记" });
    }

    [Fact]
    public async Task An_ordinary_member_is_told_the_command_is_for_the_committee()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        await app.JoinedMemberAsync("张三", "zhang");
        using var chat = app.CreateClient();

        var reply = await chat.SayAsync(app, "退出控制台", "zhang");

        Assert.DoesNotContain("已让你", reply, StringComparison.Ordinal);
        Assert.Contains("只有书记、副书记和支委可以使用「退出控制台」。", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_outs_are_forgotten_once_every_cookie_they_refer_to_has_expired()
    {
        await using var app = new BranchBotApplication();
        var signOuts = app.Services.GetRequiredService<IConsoleSignOuts>();
        var now = app.Clock.GetUtcNow();
        await signOuts.EndSessionAsync("s1", now.AddHours(1), now, CancellationToken.None);
        await signOuts.EndAllSessionsAsync("m1", now, now.AddHours(8), CancellationToken.None);
        Assert.True(await signOuts.IsEndedAsync("s1", "m2", now.AddHours(-1), CancellationToken.None));
        Assert.True(await signOuts.IsEndedAsync("s2", "m1", now, CancellationToken.None));
        Assert.False(await signOuts.IsEndedAsync("s2", "m1", now.AddMilliseconds(1), CancellationToken.None));

        await signOuts.EndSessionAsync("s3", now.AddHours(10), now.AddHours(9), CancellationToken.None);

        Assert.False(await signOuts.IsEndedAsync("s1", "m2", now.AddHours(-1), CancellationToken.None));
        Assert.False(await signOuts.IsEndedAsync("s2", "m1", now.AddHours(-1), CancellationToken.None));
        Assert.True(await signOuts.IsEndedAsync("s3", "m3", now, CancellationToken.None));
    }
}
