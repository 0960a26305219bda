using System.Net;
using System.Text.RegularExpressions;
using BranchBot.Core.Membership;
using BranchBot.Tests.Support;
using BranchBot.WebConsole.Access;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Console;

/// <summary>A branch set up straight through the services, and a browser-like client that signs in with a link.</summary>
internal static partial class ConsoleTestSupport
{
    public static async Task<Member> ClaimedBranchAsync(this BranchBotApplication app)
    {
        var membership = app.Services.GetRequiredService<MembershipService>();
        await membership.PrepareSetupCodeAsync(BotHarness.SetupCode, CancellationToken.None);
        var claimed = await membership.ClaimBranchAsync(BotHarness.SetupCode, "机关第一党支部", "王书记", new ChatAccount("test", "secretary"), CancellationToken.None);
        Assert.True(claimed.Succeeded, claimed.Problem?.ToString());
        return claimed.Value!;
    }

    public static async Task<Member> AddMemberAsync(this BranchBotApplication app, Member secretary, string name, MemberRole role = MemberRole.Member, string? group = null)
    {
        var membership = app.Services.GetRequiredService<MembershipService>();
        var added = await membership.AddMemberAsync(name, group, CancellationToken.None);
        Assert.True(added.Succeeded, added.Problem?.ToString());
        if (role != MemberRole.Member)
        {
            var changed = await membership.ChangeRoleAsync(name, role, secretary, CancellationToken.None);
            Assert.True(changed.Succeeded, changed.Problem?.ToString());
            return changed.Value!.Member;
        }

        return added.Value!.Member;
    }

    public static HttpClient Browser(this BranchBotApplication app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>The path and query of a fresh login link for the member.</summary>
    public static string LinkFor(this BranchBotApplication app, Member member) =>
        new Uri(app.Services.GetRequiredService<ConsoleLoginLinks>().LinkFor(member)).PathAndQuery;

    public static string TokenOf(string link) => Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..]);

    /// <summary>Presses 进入控制台 for a link: the POST that uses the link up.</summary>
    public static Task<HttpResponseMessage> UseLinkAsync(this HttpClient client, string link) =>
        client.PostAsync(new Uri("/console/login", UriKind.Relative), new FormUrlEncodedContent([new("token", TokenOf(link))]));

    /// <summary>Opens the link, presses the button and checks the redirect to 总览.</summary>
    public static async Task<HttpClient> SignedInAsync(this BranchBotApplication app, Member member)
    {
        var client = app.Browser();
        var link = app.LinkFor(member);
        using var shown = await client.GetAsync(new Uri(link, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        using var used = await client.UseLinkAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal("/console", used.Headers.Location?.OriginalString);
        return client;
    }

    public static async Task<(HttpStatusCode Status, string Body)> GetPageAsync(this HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static string CsrfIn(string html)
    {
        var match = CsrfField().Match(html);
        Assert.True(match.Success, "No CSRF field in the page.");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("name=\"csrf\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfField();
}
