using System.Net;
using BranchBot.Core.Membership;
using BranchBot.Core.WebConsole;
using BranchBot.Tests.Support;
using BranchBot.WebConsole.Access;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Console;

public class ConsoleAccessTests
{
    [Fact]
    public async Task A_secretary_signs_in_with_a_link_and_sees_the_overview_with_a_secure_session_cookie()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        using var client = app.Browser();
        var link = app.LinkFor(secretary);

        var (status, confirm) = await client.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("以「王书记」的身份进入", confirm, StringComparison.Ordinal);

        using var used = await client.UseLinkAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        var cookie = Assert.Single(used.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(ConsoleSession.CookieName + "=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=28800", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/console", cookie, StringComparison.OrdinalIgnoreCase);

        var (overviewStatus, overview) = await client.GetPageAsync("/console");
        Assert.Equal(HttpStatusCode.OK, overviewStatus);
        Assert.Contains("<h1>总览</h1>", overview, StringComparison.Ordinal);
        Assert.Contains("王书记（书记）", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_session_a_browser_is_sent_to_the_chinese_sign_in_page_and_a_script_gets_401()
    {
        await using var app = new BranchBotApplication();
        await app.ClaimedBranchAsync();
        using var client = app.Browser();

        using var page = new HttpRequestMessage(HttpMethod.Get, new Uri("/console/meetings", UriKind.Relative));
        page.Headers.Accept.ParseAdd("text/html");
        using var redirected = await client.SendAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Equal("/console/signin", redirected.Headers.Location?.OriginalString);

        var (status, body) = await client.GetPageAsync("/console/signin");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("请在聊天中发送「控制台」获取登录链接", body, StringComparison.Ordinal);

        using var api = await client.GetAsync(new Uri("/console/ledger/export?year=2026", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task A_used_link_is_refused_even_after_a_restart_of_the_services_reading_it()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var link = app.LinkFor(secretary);
        using var first = app.Browser();
        using var used = await first.UseLinkAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);

        using var second = app.Browser();
        var (shownStatus, shown) = await second.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.Forbidden, shownStatus);
        Assert.Contains("每个登录链接只能使用一次", shown, StringComparison.Ordinal);
        using var reused = await second.UseLinkAsync(link);
        Assert.Equal(HttpStatusCode.Forbidden, reused.StatusCode);
        Assert.False(reused.Headers.Contains("Set-Cookie"));

        // The ledger is the database, not memory: a new ledger over the same database still knows the link.
        var check = app.Services.GetRequiredService<ConsoleLoginLinks>().Check(ConsoleTestSupport.TokenOf(link));
        var ledger = ActivatorUtilities.CreateInstance<BranchBot.Storage.LiteDb.WebConsole.LiteDbConsoleLoginLedger>(app.Services);
        Assert.True(await ledger.IsUsedAsync(check.LinkId!, CancellationToken.None));
        Assert.False(await ledger.TryConsumeAsync(check.LinkId!, check.ExpiresAt, app.Clock.GetUtcNow(), CancellationToken.None));
    }

    [Fact]
    public async Task A_link_older_than_ten_minutes_is_refused_as_expired()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var link = app.LinkFor(secretary);
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        using var client = app.Browser();

        var (status, body) = await client.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("登录链接只在10分钟内有效", body, StringComparison.Ordinal);
        using var used = await client.UseLinkAsync(link);
        Assert.Equal(HttpStatusCode.Unauthorized, used.StatusCode);
    }

    [Theory]
    [InlineData("cl1.e30.AAAA")]
    [InlineData("dl1.abc.def")]
    [InlineData("garbage")]
    public async Task A_forged_link_is_refused(string token)
    {
        await using var app = new BranchBotApplication();
        await app.ClaimedBranchAsync();
        using var client = app.Browser();

        var (status, body) = await client.GetPageAsync("/console/login?token=" + Uri.EscapeDataString(token));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("登录链接无效", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_link_for_another_member_is_refused()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var link = app.LinkFor(secretary);
        var token = ConsoleTestSupport.TokenOf(link);
        var parts = token.Split('.');
        var forged = $"{parts[0]}.{parts[1]}x.{parts[2]}";
        using var client = app.Browser();

        var (status, _) = await client.GetPageAsync("/console/login?token=" + Uri.EscapeDataString(forged));

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task An_ordinary_member_cannot_sign_in()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var member = await app.AddMemberAsync(secretary, "张三");
        using var client = app.Browser();

        using var used = await client.UseLinkAsync(app.LinkFor(member));

        Assert.Equal(HttpStatusCode.Forbidden, used.StatusCode);
        Assert.Contains("控制台只对支部书记、副书记和支委开放", await used.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(used.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_committee_member_demoted_after_signing_in_is_refused_on_the_next_request()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var committee = await app.AddMemberAsync(secretary, "李委员", MemberRole.Committee);
        using var client = await app.SignedInAsync(committee);
        Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync("/console")).Status);

        var demoted = await app.Services.GetRequiredService<MembershipService>().ChangeRoleAsync("李委员", MemberRole.Member, secretary, CancellationToken.None);
        Assert.True(demoted.Succeeded, demoted.Problem?.ToString());

        var (status, body) = await client.GetPageAsync("/console");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("控制台只对支部书记、副书记和支委开放", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_removed_after_signing_in_is_refused()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var deputy = await app.AddMemberAsync(secretary, "赵副书记", MemberRole.DeputySecretary);
        using var client = await app.SignedInAsync(deputy);

        var removed = await app.Services.GetRequiredService<MembershipService>().RemoveMemberAsync("赵副书记", secretary, CancellationToken.None);
        Assert.True(removed.Succeeded, removed.Problem?.ToString());

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetPageAsync("/console/ledger")).Status);
    }

    [Fact]
    public async Task The_session_ends_after_eight_hours()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        using var client = await app.SignedInAsync(secretary);

        app.Clock.Advance(TimeSpan.FromHours(8));

        var (status, _) = await client.GetPageAsync("/console/signin");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/console", UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task A_form_post_without_the_sessions_csrf_token_is_refused()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        using var client = await app.SignedInAsync(secretary);
        var (_, overview) = await client.GetPageAsync("/console");
        var csrf = ConsoleTestSupport.CsrfIn(overview);

        using var missing = await client.PostAsync(new Uri("/console/meetings/minutes", UriKind.Relative), new FormUrlEncodedContent([new("id", "x"), new("minutes", "记录")]));
        using var wrong = await client.PostAsync(new Uri("/console/meetings/minutes", UriKind.Relative), new FormUrlEncodedContent([new("csrf", csrf + "x"), new("id", "x"), new("minutes", "记录")]));
        using var logout = await client.PostAsync(new Uri("/console/logout", UriKind.Relative), new FormUrlEncodedContent([new("csrf", csrf)]));

        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Contains("这个表单已失效", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, logout.StatusCode);
        var audit = await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(10, CancellationToken.None);
        Assert.Contains(audit, e => e is { Action: "拒绝提交（表单令牌无效）", MemberName: "王书记", Allowed: false });
        Assert.Contains(audit, e => e is { Action: "退出", MemberName: "王书记" });
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetPageAsync("/console/signin")).Status);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/console", UriKind.Relative));
        using var afterLogout = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, afterLogout.StatusCode);
    }

    [Fact]
    public async Task Logins_and_refusals_are_in_the_console_audit_log()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var member = await app.AddMemberAsync(secretary, "张三");
        using (var refused = app.Browser())
        {
            using var response = await refused.UseLinkAsync(app.LinkFor(member));
        }

        using var client = await app.SignedInAsync(secretary);
        var entries = await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(10, CancellationToken.None);
        Assert.Contains(entries, e => e is { Action: "登录", MemberName: "王书记", Allowed: true });
        Assert.Contains(entries, e => e is { MemberName: "张三", Allowed: false });

        var (status, page) = await client.GetPageAsync("/console/audit");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("登录失败（无权使用）", page, StringComparison.Ordinal);
    }
}
