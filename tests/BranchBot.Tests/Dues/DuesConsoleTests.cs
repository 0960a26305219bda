using System.Net;
using BranchBot.Core.Dues;
using BranchBot.Tests.Console;
using BranchBot.Tests.Support;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Dues;

/// <summary>The console's 党费 page (members × months with totals, scrolling inside its box) and its .xlsx read back.</summary>
public class DuesConsoleTests
{
    [Fact]
    public async Task The_page_shows_each_member_by_month_with_totals_and_the_export_reads_back()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var zhang = await app.AddMemberAsync(secretary, "张三");
        await app.AddMemberAsync(secretary, "=李四");
        var dues = app.Services.GetRequiredService<DuesService>();
        await dues.SetBaseAsync(secretary, zhang, DuesStatus.Employed, 8000m, null, CancellationToken.None);
        await dues.RecordAsync(secretary, zhang, [new DuesMonth(2026, 11)], null, "b1", CancellationToken.None);
        await dues.ReportAsync(zhang, [new DuesMonth(2026, 12)], "b2", CancellationToken.None);
        using var client = await app.SignedInAsync(secretary);

        var (status, page) = await client.GetPageAsync("/console/dues?year=2026");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<div class=\"table-scroll\">", page, StringComparison.Ordinal);
        Assert.Contains("<tr><th>张三</th><td>120.00元</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td>120.00元</td><td class=\"pending\">待确认</td><td>120.00元</td></tr>", page, StringComparison.Ordinal);
        Assert.Contains("<th>=李四</th><td>未登记</td>", page, StringComparison.Ordinal);
        Assert.Contains("已收 120.00元", page, StringComparison.Ordinal);

        using var response = await client.GetAsync(new Uri("/console/dues/export?year=2026", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(DuesWorkbookNames.Ledger);
        Assert.Equal(["姓名", "交纳基数", "每月应交", "1月"], Enumerable.Range(1, 4).Select(c => sheet.Cell(1, c).GetString()));
        var zhangRow = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "张三");
        Assert.Equal(120m, (decimal)zhangRow.Cell(3).GetDouble());
        Assert.Equal(120m, (decimal)zhangRow.Cell(3 + 11).GetDouble());
        Assert.Equal("0.00", zhangRow.Cell(3 + 11).Style.NumberFormat.Format);
        Assert.Equal("待确认", zhangRow.Cell(3 + 12).GetString());
        Assert.Equal(string.Empty, zhangRow.Cell(3 + 10).GetString());
        var liRow = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "=李四");
        Assert.False(liRow.Cell(1).HasFormula);
        var totals = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "合计");
        Assert.Equal(120m, (decimal)totals.Cell(3 + 11).GetDouble());
        var payments = workbook.Worksheet(DuesWorkbookNames.Payments);
        Assert.Contains(payments.RowsUsed(), r => r.Cell(1).GetString() == "2026年11月" && r.Cell(2).GetString() == "张三" && r.Cell(5).GetString() == "2026-0001");
    }

    [Fact]
    public async Task A_party_committee_officer_reads_another_branchs_dues_and_its_export()
    {
        await using var app = new BranchBotApplication();
        var two = await TwoBranches.SetUpAsync(app);
        using var client = await app.SignedInAsync(two.Wang);

        var (status, page) = await client.GetPageAsync($"/console/dues?b={two.BranchB}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("正在只读查看「第二党支部」", page, StringComparison.Ordinal);
        Assert.Contains("<table class=\"org\" id=\"dues\">", page, StringComparison.Ordinal);
        using var export = await client.GetAsync(new Uri("/console/dues/export?year=2026", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
    }
}

internal static class DuesWorkbookNames
{
    public const string Ledger = BranchBot.WebConsole.Export.DuesWorkbook.LedgerSheet;
    public const string Payments = BranchBot.WebConsole.Export.DuesWorkbook.PaymentsSheet;
}
