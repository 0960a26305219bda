using System.Net;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Core.WebConsole;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Console;

/// <summary>
/// The branch switcher of 党委 role holders: a branch under their units opens read-only (总览, 会议 and 签到情况, 台账
/// and its export, 广播 and their receipts), never 谈心, 党员, 知识库 or 操作日志, and every write is 403 in Chinese;
/// anyone else asking for another branch is refused.
/// </summary>
public class BranchSwitcherTests
{
    [Fact]
    public async Task A_party_affairs_officer_opens_another_branch_read_only_and_comes_back()
    {
        await using var app = new BranchBotApplication();
        var two = await TwoBranches.SetUpAsync(app);
        using var client = await app.SignedInAsync(two.Wang);

        var (homeStatus, home) = await client.GetPageAsync("/console");
        Assert.Equal(HttpStatusCode.OK, homeStatus);
        Assert.Contains("name=\"b\"", home, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{two.BranchB}\">第二党支部</option>", home, StringComparison.Ordinal);

        var (status, overview) = await client.GetPageAsync($"/console?b={two.BranchB}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("正在只读查看「第二党支部」", overview, StringComparison.Ordinal);
        Assert.Contains("社区志愿服务", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("参观红色教育基地", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/console/members\"", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/console/talks\"", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"followups\"", overview, StringComparison.Ordinal);

        // The choice is remembered: the next pages are the same branch's.
        var (meetingStatus, meeting) = await client.GetPageAsync($"/console/meetings/detail?id={two.MeetingB.Id}");
        Assert.Equal(HttpStatusCode.OK, meetingStatus);
        Assert.Contains("社区志愿服务", meeting, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"minutes-form\"", meeting, StringComparison.Ordinal);
        var (broadcastStatus, broadcast) = await client.GetPageAsync("/console/broadcasts/1");
        Assert.Equal(HttpStatusCode.OK, broadcastStatus);
        Assert.Contains(TwoBranches.BroadcastB, broadcast, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"remind-form\"", broadcast, StringComparison.Ordinal);
        var (ledgerStatus, _) = await client.GetPageAsync("/console/ledger");
        Assert.Equal(HttpStatusCode.OK, ledgerStatus);
        using var export = await client.GetAsync(new Uri("/console/ledger/export?year=2026", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);

        foreach (var closed in new[] { "/console/talks", "/console/members", "/console/knowledge", "/console/audit", "/console/meetings/record", "/console/broadcasts/compose" })
        {
            var (closedStatus, refusal) = await client.GetPageAsync(closed);
            Assert.True(closedStatus == HttpStatusCode.Forbidden, $"{closed} answered {(int)closedStatus}");
            Assert.Contains("不能修改，也看不到谈心内容、匿名建议", refusal, StringComparison.Ordinal);
            Assert.DoesNotContain(TwoBranches.TalkB, refusal, StringComparison.Ordinal);
        }

        var (backStatus, back) = await client.GetPageAsync("/console?b=");
        Assert.Equal(HttpStatusCode.OK, backStatus);
        Assert.DoesNotContain("正在只读查看", back, StringComparison.Ordinal);
        Assert.Contains("参观红色教育基地", back, StringComparison.Ordinal);
        var (membersStatus, members) = await client.GetPageAsync("/console/members");
        Assert.Equal(HttpStatusCode.OK, membersStatus);
        Assert.Contains("张三", members, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_on_a_branch_viewed_read_only_is_403_in_chinese_changes_nothing_and_is_in_that_branchs_audit()
    {
        await using var app = new BranchBotApplication();
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.FromHours(8)));
        var two = await TwoBranches.SetUpAsync(app);
        using var client = await app.SignedInAsync(two.Wang);

        using var minutes = await client.PostFormAsync(
            $"/console/meetings/detail?id={two.MeetingB.Id}&b={two.BranchB}", "/console/meetings/minutes", ("id", two.MeetingB.Id), ("minutes", "党委代写"));
        Assert.Equal(HttpStatusCode.Forbidden, minutes.StatusCode);
        Assert.Contains("不能修改", await minutes.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var remind = await client.PostFormAsync("/console/broadcasts/1", "/console/broadcasts/remind", ("n", "1"));
        Assert.Equal(HttpStatusCode.Forbidden, remind.StatusCode);

        var b = app.BranchServices(two.BranchB);
        Assert.Null((await b.GetRequiredService<IMeetingStore>().GetAsync(two.MeetingB.Id, CancellationToken.None))!.Minutes);
        var auditB = await b.GetRequiredService<IConsoleAuditStore>().ListAsync(50, CancellationToken.None);
        Assert.Contains(auditB, e => e.Action == "拒绝访问（只读查看）" && e.MemberId == two.Wang.Id && !e.Allowed);
        var auditA = await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(50, CancellationToken.None);
        Assert.DoesNotContain(auditA, e => e.Action == "拒绝访问（只读查看）");
    }

    [Fact]
    public async Task The_organisation_pages_ledger_link_opens_that_branchs_ledger()
    {
        await using var app = new BranchBotApplication();
        var two = await TwoBranches.SetUpAsync(app);
        using var client = await app.SignedInAsync(two.Wang);
        var (_, org) = await client.GetPageAsync("/console/org?period=2026-Q4");
        var link = System.Text.RegularExpressions.Regex.Match(org, $"href=\"(/console/ledger\\?year=2026&amp;b={two.BranchB})\"").Groups[1].Value;
        Assert.NotEmpty(link);

        var (status, ledger) = await client.GetPageAsync(WebUtility.HtmlDecode(link));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("正在只读查看「第二党支部」", ledger, StringComparison.Ordinal);
        Assert.Contains("<h1>台账</h1>", ledger, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_holder_off_every_committee_reads_a_branch_under_their_unit()
    {
        await using var app = new BranchBotApplication();
        var two = await TwoBranches.SetUpAsync(app);
        await OrgRoles.GrantAsync(app.Services, two.Zhang.Id, OrgRoleKind.OrganisationCommittee);
        using var client = app.Browser();
        using var used = await client.UseLinkAsync(app.LinkFor(two.Zhang));
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);

        var (homeStatus, _) = await client.GetPageAsync("/console");
        Assert.Equal(HttpStatusCode.Redirect, homeStatus);
        var (_, org) = await client.GetPageAsync("/console/org?period=2026-Q4");
        Assert.Contains($"&amp;b={two.BranchB}\">第二党支部</a>", org, StringComparison.Ordinal);
        var (status, overview) = await client.GetPageAsync($"/console?b={two.BranchB}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("社区志愿服务", overview, StringComparison.Ordinal);
        var (talksStatus, _) = await client.GetPageAsync("/console/talks");
        Assert.Equal(HttpStatusCode.Forbidden, talksStatus);
    }

    [Fact]
    public async Task Someone_without_a_role_over_a_branch_cannot_open_it()
    {
        await using var app = new BranchBotApplication();
        var two = await TwoBranches.SetUpAsync(app);
        var committee = await app.AddMemberAsync(two.Wang, "钱委员", MemberRole.Committee);
        var primary = app.Services.GetRequiredService<IBranchScopes>().PrimaryBranchId;

        using var committeeClient = await app.SignedInAsync(committee);
        var (status, refusal) = await committeeClient.GetPageAsync($"/console?b={two.BranchB}");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("无权查看这个支部", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("社区志愿服务", refusal, StringComparison.Ordinal);

        using var li = await app.SignedInAsync(two.Li);
        var (liStatus, liRefusal) = await li.GetPageAsync($"/console/meetings?b={primary}");
        Assert.Equal(HttpStatusCode.Forbidden, liStatus);
        Assert.DoesNotContain("参观红色教育基地", liRefusal, StringComparison.Ordinal);
        var (ownStatus, own) = await li.GetPageAsync("/console/meetings");
        Assert.Equal(HttpStatusCode.OK, ownStatus);
        Assert.Contains("社区志愿服务", own, StringComparison.Ordinal);
    }
}
