using System.Net;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.WebConsole;
using BranchBot.Tests.Support;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Console;

/// <summary>
/// 各支部 (/console/org) and its export: open to the 党建专员 (the 初始化 secretary), 403 to a 支委 without a 党委
/// role; red cells for missed rules, grey before set-up, each branch linking to its 台账; views audited. The clock
/// is 2026-11-25 in Beijing.
/// </summary>
public class OrganisationPageTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public async Task The_party_affairs_officer_sees_every_branch_against_the_rules_with_missed_cells_red()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        await app.AddMemberAsync(secretary, "李委员", MemberRole.Committee);
        await BranchSetUp.BackdateAsync(app.Services, BranchSetUp.StartOf2026);
        await app.SaveMeetingAsync(MeetingKind.GeneralMeeting, new DateTimeOffset(2026, 11, 20, 14, 30, 0, Beijing), "学习党章", secretary.Id);
        using var client = await app.SignedInAsync(secretary);

        var (status, page) = await client.GetPageAsync("/console/org");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>各支部情况（2026年第四季度）</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"2026-Q4\" selected>2026年第四季度</option>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/console/org\" class=\"current\">各支部</a>", page, StringComparison.Ordinal);
        Assert.Contains("<th>党员大会（每季度）</th>", page, StringComparison.Ordinal);
        Assert.Contains("<td>达标 1/1</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"gap\">未达标 0/3</td>", page, StringComparison.Ordinal);
        Assert.Matches("<a href=\"/console/ledger\\?year=2026&amp;b=ou_[0-9a-f]{12}\">机关第一党支部</a>", page);
        Assert.Contains("<div class=\"table-scroll\">", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/console/org/export?period=2026-Q4\"", page, StringComparison.Ordinal);

        var audit = await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(10, CancellationToken.None);
        Assert.Contains(audit, e => e.Action == "查看各支部情况" && e.Detail == "2026年第四季度" && e.MemberId == secretary.Id && e.Allowed);
    }

    [Fact]
    public async Task A_period_before_set_up_is_grey_and_an_unknown_period_is_a_bad_request()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        using var client = await app.SignedInAsync(secretary);

        var (status, page) = await client.GetPageAsync("/console/org?period=2026-Q1");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>各支部情况（2026年第一季度）</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"before-setup\">启用前（可补录）</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"gap\"", page, StringComparison.Ordinal);

        var (monthStatus, month) = await client.GetPageAsync("/console/org?period=2026-11");
        Assert.Equal(HttpStatusCode.OK, monthStatus);
        Assert.Contains("<h1>各支部情况（2026年11月）</h1>", month, StringComparison.Ordinal);

        var (badStatus, bad) = await client.GetPageAsync("/console/org?period=2026-13");
        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
        Assert.Contains("没有这个期间", bad, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_committee_member_without_a_party_committee_role_is_refused_and_does_not_see_the_entry()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var committee = await app.AddMemberAsync(secretary, "李委员", MemberRole.Committee);
        using var client = await app.SignedInAsync(committee);

        var (status, page) = await client.GetPageAsync("/console/org");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("只对党委书记、党委副书记、组织委员和党建专员开放", page, StringComparison.Ordinal);
        using var export = await client.GetAsync(new Uri("/console/org/export", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);

        var (ledgerStatus, ledger) = await client.GetPageAsync("/console/ledger");
        Assert.Equal(HttpStatusCode.OK, ledgerStatus);
        Assert.DoesNotContain("/console/org", ledger, StringComparison.Ordinal);

        var audit = await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(10, CancellationToken.None);
        Assert.Contains(audit, e => e.Action == "查看各支部情况" && e.MemberId == committee.Id && !e.Allowed);
    }

    [Fact]
    public async Task The_export_is_the_organisation_workbook_with_a_summary_and_the_branch_ledger()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        await BranchSetUp.BackdateAsync(app.Services, BranchSetUp.StartOf2026);
        await app.SaveMeetingAsync(MeetingKind.GeneralMeeting, new DateTimeOffset(2026, 11, 20, 14, 30, 0, Beijing), "学习党章", secretary.Id);
        using var client = await app.SignedInAsync(secretary);

        using var response = await client.GetAsync(new Uri("/console/org/export?period=2026-Q4", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var summary = workbook.Worksheet("汇总");
        Assert.Equal("支部", summary.Cell(1, 1).GetString());
        Assert.Equal("机关第一党支部", summary.Cell(2, 1).GetString());
        Assert.Equal(2, workbook.Worksheets.Count);
        Assert.Contains(workbook.Worksheet(2).RowsUsed(), r => r.Cell(1).GetString() == "党员大会");

        var audit = await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(10, CancellationToken.None);
        Assert.Contains(audit, e => e.Action == "导出各支部台账" && e.Detail == "2026年第四季度");
    }
}
