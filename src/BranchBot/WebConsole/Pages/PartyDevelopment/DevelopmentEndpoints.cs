using BranchBot.Core.PartyDevelopment;
using BranchBot.WebConsole.Access;
using BranchBot.WebConsole.Export;

namespace BranchBot.WebConsole.Pages.PartyDevelopment;

/// <summary>
/// 发展党员 at /console/party-development (stages as columns), each person's file at /console/party-development/{id},
/// and the .xlsx at /console/party-development/export. Reading only: a 党委 viewer of a branch sees the same.
/// </summary>
internal static class DevelopmentEndpoints
{
    public const string Slug = "party-development";

    public static void Map(RouteGroupBuilder console)
    {
        console.MapGet("/" + Slug, ShowAsync).WithMetadata(ConsolePageAudience.BranchReadable);
        console.MapGet("/" + Slug + "/export", ExportAsync).WithMetadata(ConsolePageAudience.BranchReadable);
        console.MapGet("/" + Slug + "/{id}", FileAsync).WithMetadata(ConsolePageAudience.BranchReadable);
    }

    private static async Task<IResult> ShowAsync(HttpContext http, DevelopmentService development, CancellationToken cancellationToken)
    {
        var request = ConsoleRequest.Of(http);
        var lines = await development.ListLinesAsync(cancellationToken);
        return request.Page<DevelopmentPage>(new Dictionary<string, object?> { ["Lines"] = lines });
    }

    private static async Task<IResult> FileAsync(HttpContext http, string id, DevelopmentService development, CancellationToken cancellationToken)
    {
        var request = ConsoleRequest.Of(http);
        var line = (await development.ListLinesAsync(cancellationToken)).FirstOrDefault(l => l.Record.Id == id);
        if (line is null)
        {
            return request.NotFound();
        }

        await request.AuditAsync("查看发展党员档案", line.Record.Name, cancellationToken);
        return request.Page<DevelopmentFilePage>(new Dictionary<string, object?> { ["Line"] = line });
    }

    private static async Task<IResult> ExportAsync(HttpContext http, DevelopmentService development, CancellationToken cancellationToken)
    {
        var request = ConsoleRequest.Of(http);
        var file = DevelopmentWorkbook.Write(await development.ListLinesAsync(cancellationToken));
        await request.AuditAsync("导出发展党员台账", null, cancellationToken);
        http.Response.Headers.CacheControl = "no-store, private";
        return Results.File(file, LedgerWorkbook.ContentType, DevelopmentWorkbook.FileName);
    }
}
