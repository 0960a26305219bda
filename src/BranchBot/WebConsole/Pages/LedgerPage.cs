using System.Globalization;
using BranchBot.Core.Meetings;
using BranchBot.Core.Time;
using BranchBot.WebConsole.Export;
using BranchBot.WebConsole.Html;

namespace BranchBot.WebConsole.Pages;

/// <summary>台账: the year's compliance table per kind (gaps highlighted), the monthly attendance chart and the export.</summary>
public sealed class LedgerPage(ComplianceService compliance, YearMeetings yearMeetings, LedgerWorkbook workbook, BranchClock clock) : IConsolePage
{
    public string Slug => "ledger";

    public string Title => "台账";

    public int Order => 30;

    public Task<IResult> GetAsync(ConsoleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var year = ConsoleFormat.YearOr(request.Query("year"), clock.Now.Year);
        return request.Action switch
        {
            null => ShowAsync(request, year, cancellationToken),
            "export" => ExportAsync(request, year, cancellationToken),
            _ => Task.FromResult(request.NotFound()),
        };
    }

    private async Task<IResult> ShowAsync(ConsoleRequest request, int year, CancellationToken cancellationToken)
    {
        var ledger = await compliance.LedgerAsync(year, null, cancellationToken);
        if (!ledger.Succeeded)
        {
            return request.BadRequest(ledger.Problem!);
        }

        var html = new HtmlWriter().Open("form", ("method", "get"), ("action", "/console/ledger"), ("class", "toolbar"))
            .Element("label", "年份", ("for", "year"))
            .Open("input", ("type", "number"), ("id", "year"), ("name", "year"), ("min", "2000"), ("max", "2200"), ("value", ConsoleFormat.Number(year)))
            .Element("button", "查看", ("type", "submit"))
            .Element("a", "导出台账（Excel）", ("class", "button"), ("id", "export"), ("href", $"/console/ledger/export?year={year}"))
            .Close("form");

        var missed = ledger.Value!.MissedRows.Count();
        html.Element("p", missed == 0 ? "没有未达标的期间。" : $"有 {missed} 个期间未达标（红色标出）。", ("class", missed == 0 ? "notice" : "problem"));
        var beforeSetup = ledger.Value.BeforeSetupRows.Count();
        if (beforeSetup > 0)
        {
            html.Element("p", $"另有 {beforeSetup} 个期间在支部启用本系统之前（灰色标出），不计为未达标；当时召开过的会议可在「会议」页补录。", ("class", "notice"));
        }
        foreach (var kind in ledger.Value.Rows.Select(r => r.Kind).Distinct())
        {
            var rows = ledger.Value.Rows.Where(r => r.Kind == kind).ToList();
            html.Element("h2", $"{MeetingKinds.ToChinese(kind)}（{rows[0].Basis}）");
            LedgerTable.Write(html, rows, showKind: false);
        }

        html.Element("h2", $"{year}年每月出勤率");
        AttendanceChart.Write(html, yearMeetings.MonthlyRates(await yearMeetings.HeldAsync(year, cancellationToken)));
        return request.Html(html);
    }

    private async Task<IResult> ExportAsync(ConsoleRequest request, int year, CancellationToken cancellationToken)
    {
        var file = await workbook.BuildAsync(year, cancellationToken);
        if (!file.Succeeded)
        {
            return request.BadRequest(file.Problem!);
        }

        await request.AuditAsync("导出台账", string.Create(CultureInfo.InvariantCulture, $"{year}年"), cancellationToken);
        request.Http.Response.Headers.CacheControl = "no-store, private";
        return Results.File(file.Value!, LedgerWorkbook.ContentType, LedgerWorkbook.FileName(year));
    }
}
