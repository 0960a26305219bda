using System.Globalization;
using BranchBot.Core.Dues;
using BranchBot.Core.Time;
using BranchBot.WebConsole.Access;
using BranchBot.WebConsole.Export;

namespace BranchBot.WebConsole.Pages.Dues;

/// <summary>
/// 党费 at /console/dues?year= (months × members, totals per month and per member) and its Excel export at
/// /console/dues/export?year=. Readable by a 党委 role holder viewing the branch; nothing here writes.
/// </summary>
internal static class DuesEndpoints
{
    public static void Map(RouteGroupBuilder console)
    {
        console.MapGet("/dues", ShowAsync).WithMetadata(ConsolePageAudience.BranchReadable);
        console.MapGet("/dues/export", ExportAsync).WithMetadata(ConsolePageAudience.BranchReadable);
    }

    private static async Task<IResult> ShowAsync(HttpContext http, string? year, DuesReports reports, BranchClock clock, CancellationToken cancellationToken)
    {
        var request = ConsoleRequest.Of(http);
        var shown = ConsoleFormat.YearOr(year, clock.Now.Year);
        var ledger = await reports.LedgerAsync(shown, cancellationToken);
        await request.AuditAsync("查看党费", string.Create(CultureInfo.InvariantCulture, $"{shown}年"), cancellationToken);
        return request.Page<DuesPage>(new Dictionary<string, object?> { ["Ledger"] = ledger });
    }

    private static async Task<IResult> ExportAsync(HttpContext http, string? year, DuesWorkbook workbook, BranchClock clock, CancellationToken cancellationToken)
    {
        var request = ConsoleRequest.Of(http);
        var shown = ConsoleFormat.YearOr(year, clock.Now.Year);
        var file = await workbook.BuildAsync(shown, cancellationToken);
        await request.AuditAsync("导出党费台账", string.Create(CultureInfo.InvariantCulture, $"{shown}年"), cancellationToken);
        http.Response.Headers.CacheControl = "no-store, private";
        return Results.File(file, LedgerWorkbook.ContentType, DuesWorkbook.FileName(shown));
    }
}
