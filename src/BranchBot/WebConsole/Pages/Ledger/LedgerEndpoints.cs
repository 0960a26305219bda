using System.Globalization;
using BranchBot.Core.Meetings;
using BranchBot.Core.Time;
using BranchBot.WebConsole.Access;
using BranchBot.WebConsole.Export;
using BranchBot.WebConsole.Wording;

namespace BranchBot.WebConsole.Pages.Ledger;

/// <summary>台账 at /console/ledger?year=, and its Excel export at /console/ledger/export?year= (the link the chat's 导出台账 names).</summary>
internal static class LedgerEndpoints
{
    public static void Map(RouteGroupBuilder console)
    {
        console.MapGet("/ledger", ShowAsync).WithMetadata(ConsolePageAudience.BranchReadable);
        console.MapGet("/ledger/export", ExportAsync).WithMetadata(ConsolePageAudience.BranchReadable);
    }

    private static async Task<IResult> ShowAsync(
        HttpContext http, string? year, ComplianceService compliance, YearMeetings yearMeetings, BranchClock clock, CancellationToken cancellationToken)
    {
        var request = ConsoleRequest.Of(http);
        var shown = ConsoleFormat.YearOr(year, clock.Now.Year);
        var ledger = await compliance.LedgerAsync(shown, null, cancellationToken);
        if (!ledger.Succeeded)
        {
            return request.BadRequest("ledger", MeetingProblems.Say(ledger.Problem!));
        }

        var rates = yearMeetings.MonthlyRates(await yearMeetings.HeldAsync(shown, cancellationToken));
        return request.Page<LedgerPage>(new Dictionary<string, object?> { ["Year"] = shown, ["Ledger"] = ledger.Value, ["Rates"] = rates });
    }

    private static async Task<IResult> ExportAsync(HttpContext http, string? year, LedgerWorkbook workbook, BranchClock clock, CancellationToken cancellationToken)
    {
        var request = ConsoleRequest.Of(http);
        var shown = ConsoleFormat.YearOr(year, clock.Now.Year);
        var file = await workbook.BuildAsync(shown, cancellationToken);
        if (!file.Succeeded)
        {
            return request.BadRequest("ledger", MeetingProblems.Say(file.Problem!));
        }

        await request.AuditAsync("导出台账", string.Create(CultureInfo.InvariantCulture, $"{shown}年"), cancellationToken);
        http.Response.Headers.CacheControl = "no-store, private";
        return Results.File(file.Value!, LedgerWorkbook.ContentType, LedgerWorkbook.FileName(shown));
    }
}
