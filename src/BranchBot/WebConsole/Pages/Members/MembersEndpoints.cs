using System.Globalization;
using System.Text;
using BranchBot.Core.Membership;
using BranchBot.Core.Membership.Roster;
using BranchBot.Core.Organisation;
using BranchBot.Core.Organisation.Oversight;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Membership;
using BranchBot.WebConsole.Access;

namespace BranchBot.WebConsole.Pages.Members;

/// <summary>
/// 党员 at /console/members: the roster; /console/members/renew-invite issues a new code for a member and shows it
/// once (only hashes are stored); /console/members/import takes a CSV through the same importer as the CLI (every
/// line checked first, nothing written when any is wrong); /console/members/export gives the same format back.
/// A file's <c>branch</c> column puts each row in the branch it names (empty: this branch): a branch's committee may
/// name only their own branch, a 党委 role holder also the branches under their units; export writes the column for
/// those branches once the organisation has more than one.
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

    private static async Task<IResult> ImportAsync(HttpContext http, OrganisationRoster roster, IBranchScopes scopes, OversightAccess access, OverseenBranches overseen, CancellationToken cancellationToken)
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
        var writable = await WritableBranchesAsync(request, scopes, access, overseen, cancellationToken);
        var imports = await roster.ImportAsync(
            content.ToArray(), MembershipActor.InConsole(request.Viewer), new RosterImportScope(writable[0], writable.ToHashSet(StringComparer.Ordinal)), cancellationToken);
        var succeeded = imports.All(i => i.Result.Succeeded);
        await request.AuditAsync(succeeded ? "导入名单" : "导入名单（未通过检查）", DescribeImport(file.FileName, imports), cancellationToken);
        foreach (var other in imports.Where(i => i.BranchId is { } id && id != writable[0]))
        {
            // The branch's own 操作日志 shows who above it changed its roster.
            await scopes.For(other.BranchId!).GetRequiredService<ConsoleAudit>()
                .RecordAsync(request.Viewer, "导入名单（上级党组织）", $"{file.FileName}：新增{other.Result.Added}，更新{other.Result.Updated}", cancellationToken);
        }

        return await ShowAsync(request, new MembersNotice { Import = imports }, succeeded ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, cancellationToken);
    }

    /// <summary>
    /// The branches the viewer may import into and export, their own first: the branch the request is for (a write
    /// reaches only the viewer's own, <see cref="Access.ConsoleGateFilter"/>) and, for a 党委 role holder, those under their units.
    /// </summary>
    private static async Task<IReadOnlyList<string>> WritableBranchesAsync(
        ConsoleRequest request, IBranchScopes scopes, OversightAccess access, OverseenBranches overseen, CancellationToken cancellationToken)
    {
        var own = request.Branch?.BranchId ?? scopes.PrimaryBranchId;
        var units = await access.UnitsOverseenByAsync(request.Viewer.Id, cancellationToken);
        var under = units.Count == 0 ? [] : await overseen.UnderAsync(units, cancellationToken);
        return [own, .. under.Select(b => b.Id).Where(id => id != own)];
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

    private static async Task<IResult> ExportAsync(
        HttpContext http, RosterExporter exporter, OrganisationRoster roster, IBranchScopes scopes, OversightAccess access, OverseenBranches overseen, BranchClock clock,
        CancellationToken cancellationToken)
    {
        var request = ConsoleRequest.Of(http);
        var csv = scopes.ServesOnlyPrimary
            ? await exporter.ExportAsync(cancellationToken)
            : await roster.ExportAsync(await WritableBranchesAsync(request, scopes, access, overseen, cancellationToken), cancellationToken);
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

    private static string DescribeImport(string fileName, IReadOnlyList<BranchRosterImport> imports) => imports switch
    {
        [{ Result.Succeeded: false } failed] => $"{fileName}：{failed.Result.Errors.Count}处问题，未写入",
        [{ BranchPath: null or "" } one] => $"{fileName}：新增{one.Result.Added}，更新{one.Result.Updated}",
        _ => $"{fileName}：" + string.Join("；", imports.Select(i => $"{(string.IsNullOrEmpty(i.BranchPath) ? "本支部" : i.BranchPath)}新增{i.Result.Added}，更新{i.Result.Updated}")),
    };
}

/// <summary>What the 党员 page says above the roster after a post: a problem, an import's report, or a new code (shown once).</summary>
public sealed record MembersNotice
{
    public string? Problem { get; init; }

    /// <summary>One report per branch written, or the one failed check (nothing written).</summary>
    public IReadOnlyList<BranchRosterImport>? Import { get; init; }

    public Member? InviteFor { get; init; }

    public IssuedInvite? Invite { get; init; }
}
