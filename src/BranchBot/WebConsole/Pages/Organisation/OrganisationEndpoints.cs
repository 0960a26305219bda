using BranchBot.Core.Organisation;
using BranchBot.Core.Organisation.Oversight;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Organisation;
using BranchBot.WebConsole.Access;
using BranchBot.WebConsole.Export;
using BranchBot.WebConsole.Shell;

namespace BranchBot.WebConsole.Pages.Organisation;

/// <summary>
/// 各支部 at /console/org?period= (branches against the required rules, read-only) and its workbook at
/// /console/org/export?period=, every branch's open questions at /console/org/questions and its broadcasts' receipts at
/// /console/org/broadcasts, for 党委 role holders only; everyone else gets 403. Views and exports are audited.
/// </summary>
internal static class OrganisationEndpoints
{
    public const string Path = "/console/org";

    public static void Map(RouteGroupBuilder console)
    {
        var org = console.MapGroup("/org").WithMetadata(ConsolePageAudience.Oversight);
        org.MapGet(string.Empty, ShowAsync);
        org.MapGet("/export", ExportAsync);
        org.MapGet("/questions", QuestionsAsync);
        org.MapGet("/broadcasts", BroadcastsAsync);
        org.MapPost("/branches", CreateBranchAsync);
    }

    private static async Task<IResult> QuestionsAsync(
        HttpContext http, OversightAccess access, OpenQuestionsAcrossBranches questions, BranchClock clock, ConsoleAudit audit, CancellationToken cancellationToken)
    {
        var request = ConsoleRequest.Of(http);
        var (units, refusal) = await UnitsAsync(request, access, audit, "查看各支部待答问题", cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        await request.AuditAsync("查看各支部待答问题", null, cancellationToken);
        return request.Page<OrganisationQuestionsPage>(new Dictionary<string, object?>
        {
            ["Branches"] = await questions.ListAsync(units, cancellationToken),
            ["LocalNow"] = clock.Now,
            ["Zone"] = clock.Zone,
        });
    }

    private static async Task<IResult> BroadcastsAsync(
        HttpContext http, OversightAccess access, BroadcastReceiptsAcrossBranches receipts, BranchClock clock, ConsoleAudit audit, CancellationToken cancellationToken)
    {
        var request = ConsoleRequest.Of(http);
        var (units, refusal) = await UnitsAsync(request, access, audit, "查看各支部广播回执", cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        await request.AuditAsync("查看各支部广播回执", null, cancellationToken);
        return request.Page<OrganisationBroadcastsPage>(new Dictionary<string, object?>
        {
            ["Branches"] = await receipts.ListAsync(units, cancellationToken),
            ["Zone"] = clock.Zone,
        });
    }

    /// <summary>The units the viewer oversees, or the 403 page (audited as <paramref name="action"/>) without a 党委 role.</summary>
    private static async Task<(IReadOnlyList<string> Units, IResult? Refusal)> UnitsAsync(
        ConsoleRequest request, OversightAccess access, ConsoleAudit audit, string action, CancellationToken cancellationToken)
    {
        var units = await access.UnitsOverseenByAsync(request.Viewer.Id, cancellationToken);
        if (units.Count > 0)
        {
            return (units, null);
        }

        await audit.RecordAsync(request.Viewer, action, null, cancellationToken, allowed: false);
        return ([], ConsoleResults.Message(request.Http, OrganisationPageTexts.RefusedTitle, OrganisationPageTexts.Refused, StatusCodes.Status403Forbidden, signedIn: true));
    }

    private static async Task<IResult> ShowAsync(
        HttpContext http, string? period, OversightAccess access, BranchFactsGatherer gatherer, BranchClock clock, ConsoleAudit audit, CancellationToken cancellationToken)
    {
        var request = ConsoleRequest.Of(http);
        var (report, refusal) = await ReportAsync(request, period, access, gatherer, clock, audit, "查看各支部情况", cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        return Page(request, report!, clock, new BranchNotice(), StatusCodes.Status200OK);
    }

    /// <summary>新建支部 from the page's form: the new branch's 书记邀请码 is shown on the page once and never stored.</summary>
    private static async Task<IResult> CreateBranchAsync(
        HttpContext http, OversightAccess access, BranchFactsGatherer gatherer, BranchCreationService branches, BranchClock clock, ConsoleAudit audit,
        CancellationToken cancellationToken)
    {
        var request = ConsoleRequest.Of(http);
        var form = await request.FormAsync(cancellationToken);
        if (await access.UnitsOverseenByAsync(request.Viewer.Id, cancellationToken) is { Count: 0 })
        {
            await audit.RecordAsync(request.Viewer, "新建支部", null, cancellationToken, allowed: false);
            return ConsoleResults.Message(http, OrganisationPageTexts.RefusedTitle, OrganisationPageTexts.Refused, StatusCodes.Status403Forbidden, signedIn: true);
        }

        var name = form["name"].ToString();
        var parent = form["parent"].ToString();
        var created = await branches.CreateAsync(name, string.IsNullOrWhiteSpace(parent) ? null : parent, request.Viewer.Id, cancellationToken);
        await request.AuditAsync(created.Succeeded ? "新建支部" : "新建支部（未完成）", created.Succeeded ? created.Value!.Branch.Name : name, cancellationToken);
        var units = await access.UnitsOverseenByAsync(request.Viewer.Id, cancellationToken);
        var report = await gatherer.OverviewAsync(units, OverviewPeriodReader.Read(null, clock.Now)!, cancellationToken);
        return created.Succeeded
            ? Page(request, report, clock, new BranchNotice { Created = created.Value }, StatusCodes.Status200OK)
            : Page(request, report, clock, new BranchNotice { Problem = NewBranchTexts.Problem(created.Problem!) }, StatusCodes.Status400BadRequest);
    }

    private static IResult Page(ConsoleRequest request, OverviewReport report, BranchClock clock, BranchNotice notice, int status) =>
        request.Page<OrganisationPage>(
            new Dictionary<string, object?>
            {
                ["Report"] = report,
                ["Choices"] = OverviewPeriodKeys.Choices(clock.Now),
                ["Notice"] = notice,
                ["Zone"] = clock.Zone,
            },
            status);

    private static async Task<IResult> ExportAsync(
        HttpContext http, string? period, OversightAccess access, BranchFactsGatherer gatherer, BranchClock clock, ConsoleAudit audit, CancellationToken cancellationToken)
    {
        var request = ConsoleRequest.Of(http);
        var (report, refusal) = await ReportAsync(request, period, access, gatherer, clock, audit, "导出各支部台账", cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        http.Response.Headers.CacheControl = "no-store, private";
        return Results.File(LedgerWorkbook.WriteOrganisation(report!), LedgerWorkbook.ContentType, $"各支部台账-{OverviewPeriodKeys.KeyOf(report!.Period)}.xlsx");
    }

    /// <summary>The report for a 党委 role holder (audited as <paramref name="action"/>), or the 403 or 400 page.</summary>
    private static async Task<(OverviewReport? Report, IResult? Refusal)> ReportAsync(
        ConsoleRequest request, string? period, OversightAccess access, BranchFactsGatherer gatherer, BranchClock clock, ConsoleAudit audit,
        string action, CancellationToken cancellationToken)
    {
        var (units, refusal) = await UnitsAsync(request, access, audit, action, cancellationToken);
        if (refusal is not null)
        {
            return (null, refusal);
        }

        var shown = string.IsNullOrEmpty(period) ? OverviewPeriodReader.Read(null, clock.Now) : OverviewPeriodKeys.Parse(period);
        if (shown is null)
        {
            return (null, request.BadRequest("org", OrganisationPageTexts.PeriodUnknown));
        }

        await request.AuditAsync(action, OverviewTexts.PeriodTitle(shown), cancellationToken);
        return (await gatherer.OverviewAsync(units, shown, cancellationToken), null);
    }
}

/// <summary>What the 各支部 page says above the table after 新建支部: a problem, or the new branch and its code (shown once).</summary>
public sealed record BranchNotice
{
    public string? Problem { get; init; }

    public CreatedBranch? Created { get; init; }
}
