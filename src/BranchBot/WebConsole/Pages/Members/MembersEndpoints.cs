using System.Globalization;
using System.Text;
using BranchBot.Core.Membership;
using BranchBot.Core.Membership.Roster;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Membership;

namespace BranchBot.WebConsole.Pages.Members;

/// <summary>
/// 党员 at /console/members: the roster; /console/members/renew-invite issues a new code for a member and shows it
/// once (only hashes are stored); /console/members/import takes a CSV through the same importer as the CLI (every
/// line checked first, nothing written when any is wrong); /console/members/export gives the same format back.
/// </summary>
internal static class MembersEndpoints
{
    /// <summary>A roster of a few hundred people is a few kilobytes; anything near this is not a roster.</summary>
    public const long MaxUploadBytes = 1024 * 1024;

    public static void Map(RouteGroupBuilder console)
    {
        console.MapGet("/members", (HttpContext http, CancellationToken cancellationToken) => ShowAsync(ConsoleRequest.Of(http), new MembersNotice(), StatusCodes.Status200OK, cancellationToken));
        console.MapGet("/members/export", ExportAsync);
        console.MapPost("/members/import", ImportAsync);
        console.MapPost("/members/renew-invite", RenewInviteAsync);
    }

    private static async Task<IResult> ShowAsync(ConsoleRequest request, MembersNotice notice, int status, CancellationToken cancellationToken)
    {
        await request.AuditAsync("查看党员名单", null, cancellationToken);
        return request.Page<MembersPage>(new Dictionary<string, object?> { ["Notice"] = notice }, status);
    }

    private static async Task<IResult> ImportAsync(HttpContext http, RosterImporter importer, CancellationToken cancellationToken)
    {
        var request = ConsoleRequest.Of(http);
        var file = (await request.FormAsync(cancellationToken)).Files.GetFile("roster");
        if (file is null || file.Length == 0)
        {
            return await ShowAsync(request, new MembersNotice { Problem = "请选择要上传的名单文件（CSV）。" }, StatusCodes.Status400BadRequest, cancellationToken);
        }

        if (file.Length > MaxUploadBytes)
        {
            await request.AuditAsync("导入名单（文件过大）", file.FileName, cancellationToken);
            return await ShowAsync(request, new MembersNotice { Problem = "文件太大了（上限1MB），请确认上传的是党员名单CSV文件。" }, StatusCodes.Status413PayloadTooLarge, cancellationToken);
        }

        using var content = new MemoryStream();
        await file.CopyToAsync(content, cancellationToken);
        var result = await importer.ImportAsync(content.ToArray(), MembershipActor.InConsole(request.Viewer), cancellationToken);
        await request.AuditAsync(result.Succeeded ? "导入名单" : "导入名单（未通过检查）", DescribeImport(file.FileName, result), cancellationToken);
        return await ShowAsync(request, new MembersNotice { Import = result }, result.Succeeded ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, cancellationToken);
    }

    /// <summary>A new code for the member (the old one stops working), shown on this page once and never stored.</summary>
    private static async Task<IResult> RenewInviteAsync(HttpContext http, IMembershipStore store, MembershipService membership, CancellationToken cancellationToken)
    {
        var request = ConsoleRequest.Of(http);
        var form = await request.FormAsync(cancellationToken);
        var member = await store.GetMemberAsync(form["member"].ToString(), cancellationToken);
        if (member is not { IsActive: true })
        {
            await request.AuditAsync("重新生成邀请码（未找到党员）", null, cancellationToken);
            return await ShowAsync(request, new MembersNotice { Problem = MemberGone }, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var renewed = await membership.RenewInviteAsync(member.Name, cancellationToken);
        if (!renewed.Succeeded)
        {
            await request.AuditAsync("重新生成邀请码（未完成）", member.Name, cancellationToken);
            return await ShowAsync(request, new MembersNotice { Problem = Say(renewed.Problem!) }, StatusCodes.Status400BadRequest, cancellationToken);
        }

        await request.AuditAsync("重新生成邀请码", member.Name, cancellationToken);
        return await ShowAsync(request, new MembersNotice { InviteFor = member, Invite = renewed.Value }, StatusCodes.Status200OK, cancellationToken);
    }

    private static async Task<IResult> ExportAsync(HttpContext http, RosterExporter exporter, BranchClock clock, CancellationToken cancellationToken)
    {
        var request = ConsoleRequest.Of(http);
        var csv = await exporter.ExportAsync(cancellationToken);
        await request.AuditAsync("导出名单", null, cancellationToken);
        http.Response.Headers.CacheControl = "no-store, private";
        // A byte-order mark lets Excel open the Chinese names as UTF-8; the importer skips it.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        return Results.File(bytes, "text/csv; charset=utf-8", $"党员名单-{clock.Now.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.csv");
    }

    private const string MemberGone = "没有找到这名党员，请刷新页面后再试。";

    /// <summary>The page's words for a membership problem: a member not found is one the roster on screen still showed.</summary>
    private static string Say(MembershipProblem problem) =>
        problem is MembershipProblem.MemberNotFound ? MemberGone : MembershipProblemTexts.Say(problem);

    private static string DescribeImport(string fileName, RosterImportResult result) => result.Succeeded
        ? $"{fileName}：新增{result.Added}，更新{result.Updated}"
        : $"{fileName}：{result.Errors.Count}处问题，未写入";
}

/// <summary>What the 党员 page says above the roster after a post: a problem, an import's report, or a new code (shown once).</summary>
public sealed record MembersNotice
{
    public string? Problem { get; init; }

    public RosterImportResult? Import { get; init; }

    public Member? InviteFor { get; init; }

    public IssuedInvite? Invite { get; init; }
}
