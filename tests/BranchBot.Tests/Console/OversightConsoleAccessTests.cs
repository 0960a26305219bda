using System.Net;
using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Core.WebConsole;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Console;

/// <summary>
/// Who reaches which console pages: a 党委 role holder off the committee signs in and reaches the 各支部 pages and
/// their export only (the branch's pages answer 403 in Chinese, /console takes them to 各支部); the 书记 holding
/// 党建专员 reaches both; a 支委 without a role keeps the branch's pages only; a member with neither cannot sign in.
/// The navigation lists only what the viewer may open.
/// </summary>
public class OversightConsoleAccessTests
{
    private static readonly string[] BranchPages = ["/console/meetings", "/console/ledger", "/console/talks", "/console/broadcasts", "/console/members", "/console/knowledge", "/console/audit", "/console/overview"];
    private static readonly string[] OversightPages = ["/console/org", "/console/org/questions", "/console/org/broadcasts"];

    [Fact]
    public async Task A_party_committee_role_holder_off_the_committee_reaches_the_branches_pages_and_nothing_else()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var organiser = await app.AddMemberAsync(secretary, "赵组织");
        await OrgRoles.GrantAsync(app.Services, organiser.Id, OrgRoleKind.OrganisationCommittee);
        using var client = await app.SignedInAsync(organiser);

        var (homeStatus, _) = await GetAsync(client, "/console");
        Assert.Equal(HttpStatusCode.Redirect, homeStatus.Status);
        Assert.Equal("/console/org", homeStatus.Location);

        foreach (var path in OversightPages)
        {
            var (status, page) = await client.GetPageAsync(path);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("赵组织（党委）", page, StringComparison.Ordinal);
            Assert.Contains("<a href=\"/console/org/questions\"", page, StringComparison.Ordinal);
            Assert.Contains("<a href=\"/console/org/broadcasts\"", page, StringComparison.Ordinal);
            foreach (var branchPage in BranchPages)
            {
                Assert.DoesNotContain($"href=\"{branchPage}\"", page, StringComparison.Ordinal);
            }
        }

        // The 各支部 table's link opens a branch's 台账 read-only, also for a role holder off its committee.
        var (_, overview) = await client.GetPageAsync("/console/org");
        var ledgerLink = System.Text.RegularExpressions.Regex.Match(overview, "href=\"(/console/ledger\\?year=2026&amp;b=[^\"]+)\">机关第一党支部</a>").Groups[1].Value;
        Assert.NotEmpty(ledgerLink);
        var (ledgerStatus, ledger) = await client.GetPageAsync(System.Net.WebUtility.HtmlDecode(ledgerLink));
        Assert.Equal(HttpStatusCode.OK, ledgerStatus);
        Assert.Contains("正在只读查看「机关第一党支部」", ledger, StringComparison.Ordinal);
        var (_, back) = await client.GetPageAsync("/console/org?b=");
        Assert.DoesNotContain("正在只读查看", back, StringComparison.Ordinal);

        using var export = await client.GetAsync(new Uri("/console/org/export?period=2026-Q4", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);

        foreach (var path in BranchPages.Append("/console/ledger/export?year=2026").Append("/console/members/export"))
        {
            var (status, page) = await client.GetPageAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, status);
            Assert.Contains("只对本支部书记、副书记和支委开放", page, StringComparison.Ordinal);
        }

        // A write is refused before its form is read, and the session survives the refusals.
        using var post = await client.PostAsync(new Uri("/console/broadcasts/send", UriKind.Relative), new FormUrlEncodedContent([new("text", "通知")]));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Contains("只对本支部书记、副书记和支委开放", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync("/console/org/nothing")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync("/console/org")).Status);

        var audit = await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(50, CancellationToken.None);
        Assert.Contains(audit, e => e.Action == "拒绝访问" && e.Detail == "/console/meetings" && e.MemberId == organiser.Id && !e.Allowed);
        Assert.Contains(audit, e => e.Action == "查看各支部待答问题" && e.MemberId == organiser.Id && e.Allowed);
    }

    [Fact]
    public async Task The_secretary_holding_a_party_committee_role_sees_both_the_branch_and_the_branches_pages()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        using var client = await app.SignedInAsync(secretary);

        var (status, overview) = await client.GetPageAsync("/console");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>总览</h1>", overview, StringComparison.Ordinal);
        Assert.Contains("王书记（书记）", overview, StringComparison.Ordinal);
        foreach (var path in BranchPages.Concat(OversightPages).Where(p => p != "/console/overview"))
        {
            Assert.Contains($"href=\"{path}\"", overview, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync(path)).Status);
        }
    }

    [Fact]
    public async Task A_committee_member_without_a_role_keeps_the_branch_pages_and_is_refused_every_branches_page()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var committee = await app.AddMemberAsync(secretary, "李委员", MemberRole.Committee);
        using var client = await app.SignedInAsync(committee);

        var (status, overview) = await client.GetPageAsync("/console");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("href=\"/console/meetings\"", overview, StringComparison.Ordinal);
        foreach (var path in OversightPages)
        {
            Assert.DoesNotContain($"href=\"{path}\"", overview, StringComparison.Ordinal);
            var (refused, page) = await client.GetPageAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, refused);
            Assert.Contains("只对党委书记、党委副书记、组织委员和党建专员开放", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_member_with_neither_a_committee_seat_nor_a_role_cannot_sign_in_and_a_role_taken_away_ends_the_access()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var member = await app.AddMemberAsync(secretary, "张党员");
        using var refusedClient = app.Browser();
        using var refused = await refusedClient.UseLinkAsync(app.LinkFor(member));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("控制台只对支部书记、副书记和支委开放", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await OrgRoles.GrantAsync(app.Services, member.Id, OrgRoleKind.DeputySecretary);
        using var client = await app.SignedInAsync(member);
        Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync("/console/org")).Status);

        var store = app.Services.GetRequiredService<IOrganisationStore>();
        var roles = (await store.ListRolesAsync(CancellationToken.None)).Where(r => r.MemberId == member.Id).ToList();
        await store.ApplyAsync(new OrganisationChange { RemovedRoles = roles }, CancellationToken.None);
        var (status, page) = await client.GetPageAsync("/console/org");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("控制台只对支部书记、副书记和支委开放", page, StringComparison.Ordinal);
    }

    private static async Task<((HttpStatusCode Status, string? Location), string Body)> GetAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await client.SendAsync(request);
        return ((response.StatusCode, response.Headers.Location?.OriginalString), await response.Content.ReadAsStringAsync());
    }
}
