using System.Net;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Organisation.Oversight;
using BranchBot.Tests.Organisation.Oversight;
using BranchBot.Tests.Support;
using BranchBot.WebConsole.Export;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Console;

/// <summary>The issue promises the ledger export opens in LibreOffice as well as Excel: LibreOffice Calc itself reads it here.</summary>
public class LedgerWorkbookLibreOfficeTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [SkippableFact]
    public async Task LibreOffice_opens_the_ledger_export_with_every_sheet_and_cell_as_written()
    {
        LibreOffice.Require();
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var zhang = await app.AddMemberAsync(secretary, "张三");
        await app.AddMemberAsync(secretary, "李四");
        await BranchSetUp.BackdateAsync(app.Services, BranchSetUp.StartOf2026);
        var held = await app.SaveMeetingAsync(MeetingKind.GeneralMeeting, new DateTimeOffset(2026, 11, 20, 14, 30, 0, Beijing), "=1+1 学习党章, \"总纲\"", secretary.Id);
        await app.CheckInAsync(held, zhang);
        await app.Services.GetRequiredService<MeetingService>().AddMinutesAsync(held.Id, "第一行\n第二行", secretary, CancellationToken.None);
        using var client = await app.SignedInAsync(secretary);
        using var response = await client.GetAsync(new Uri("/console/ledger/export?year=2026", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var sheets = await LibreOffice.ReadSheetsAsync(await response.Content.ReadAsByteArrayAsync());

        Assert.Contains(LedgerWorkbook.SummarySheet, sheets.Keys);
        var summary = sheets[LedgerWorkbook.SummarySheet];
        Assert.Equal(["会议", "期间", "党小组", "应开", "已开", "已安排", "状态", "依据"], summary[0]);
        Assert.Contains(summary, row => row[0] == "党员大会" && row[1] == "2026年第四季度" && row[4] == "1" && row[6] == "达标");
        Assert.Contains(summary, row => row[0] == "党员大会" && row[1] == "2026年第一季度" && row[4] == "0" && row[6] == "未达标");

        var general = sheets["党员大会"];
        Assert.Equal(LedgerWorkbook.MeetingColumns, general[0]);
        var meeting = Assert.Single(general.Skip(1));
        Assert.Equal("2026-11-20 14:30", meeting[0]);
        Assert.Equal("=1+1 学习党章, \"总纲\"", meeting[1]); // text stays text: not evaluated as a formula
        Assert.Equal(["3", "1", "0", "2"], meeting[4..8]);
        Assert.Equal("张三", meeting[8]);
        Assert.Equal("第一行\n第二行", meeting[11]);
    }

    [SkippableFact]
    public async Task LibreOffice_opens_the_organisation_export_with_the_summary_and_a_sheet_per_branch()
    {
        LibreOffice.Require();
        var fixture = OverviewFixture.Load();
        var report = OrganisationOverview.Compute(fixture.Facts("2026-Q3"), OverviewFixture.PeriodOf("2026-Q3"), OverviewFixture.Now);

        var sheets = await LibreOffice.ReadSheetsAsync(LedgerWorkbook.WriteOrganisation(report));

        Assert.Equal(["汇总", "第一党支部", "第三党支部", "第二党支部"], sheets.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(
            [
                OrganisationLedgerWorkbookTests.SummaryHeader,
                ["机关党委/第一党支部", "有缺开", "达标", "达标", "未达标", "达标", "达标", "进行中", "进行中", "12/12", "88%", "0"],
                ["机关党委/第二党支部", "有缺开", "未达标", "不适用", "不适用", "达标", "达标", "达标", "达标", "3/8", "100%", "2"],
                ["机关党委/第三党支部", "", "达标", "启用前（可补录）", "启用前（可补录）", "达标", "达标", "进行中", "进行中", "0/6", "—", "1"],
            ],
            sheets[LedgerWorkbook.SummarySheet]);
        var b2 = sheets["第二党支部"];
        Assert.Equal(["会议", "期间", "党小组", "应开", "已开", "已安排", "状态", "依据"], b2[0]);
        Assert.Equal(["党员大会", "2026年第三季度", "", "1", "0", "0", "未达标", "《中国共产党支部工作条例（试行）》第十一条"], b2[1]);
        Assert.Equal(1 + 1 + 1 + 3 + 1 + 1, b2.Count); // header, 党员大会, 党课, 3 months of 主题党日, 组织生活会, 民主评议党员
    }
}
