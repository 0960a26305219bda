using System.Globalization;
using System.Text;
using BranchBot.Core.Membership;
using BranchBot.Core.Membership.Roster;
using BranchBot.Core.Time;
using BranchBot.WebConsole.Html;

namespace BranchBot.WebConsole.Pages;

/// <summary>
/// 党员: the roster with roles, groups and whether an invite is open; 重新生成邀请码 issues a new code for a member and
/// shows it once (only hashes are stored, so an open code cannot be shown again); CSV upload through the same importer
/// as the CLI (every line checked first, nothing written when any is wrong) and CSV export in the same format.
/// </summary>
public sealed class MembersPage(IMembershipStore store, MembershipService membership, RosterImporter importer, RosterExporter exporter, BranchClock clock) : IConsolePage
{
    /// <summary>A roster of a few hundred people is a few kilobytes; anything near this is not a roster.</summary>
    public const long MaxUploadBytes = 1024 * 1024;

    public string Slug => "members";

    public string Title => "党员";

    public int Order => 50;

    public Task<IResult> GetAsync(ConsoleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Action switch
        {
            null => ShowAsync(request, new HtmlWriter(), StatusCodes.Status200OK, cancellationToken),
            "export" => ExportAsync(request, cancellationToken),
            _ => Task.FromResult(request.NotFound()),
        };
    }

    public async Task<IResult> PostAsync(ConsoleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Action == "renew-invite")
        {
            return await RenewInviteAsync(request, cancellationToken);
        }

        if (request.Action != "import")
        {
            return request.NotFound();
        }

        var form = await request.Http.Request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile("roster");
        if (file is null || file.Length == 0)
        {
            return await ShowAsync(request, Problem("请选择要上传的名单文件（CSV）。"), StatusCodes.Status400BadRequest, cancellationToken);
        }

        if (file.Length > MaxUploadBytes)
        {
            await request.AuditAsync("导入名单（文件过大）", file.FileName, cancellationToken);
            return await ShowAsync(request, Problem("文件太大了（上限1MB），请确认上传的是党员名单CSV文件。"), StatusCodes.Status413PayloadTooLarge, cancellationToken);
        }

        using var content = new MemoryStream();
        await file.CopyToAsync(content, cancellationToken);
        var result = await importer.ImportAsync(content.ToArray(), MembershipActor.InConsole(request.Viewer), cancellationToken);
        await request.AuditAsync(result.Succeeded ? "导入名单" : "导入名单（未通过检查）", DescribeImport(file.FileName, result), cancellationToken);
        return await ShowAsync(request, Report(result), result.Succeeded ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, cancellationToken);
    }

    private async Task<IResult> ShowAsync(ConsoleRequest request, HtmlWriter top, int status, CancellationToken cancellationToken)
    {
        await request.AuditAsync("查看党员名单", null, cancellationToken);
        var members = (await store.ListMembersAsync(cancellationToken)).OrderBy(m => m.Role).ThenBy(m => m.Name, StringComparer.Ordinal).ToList();
        var groups = (await store.ListGroupsAsync(cancellationToken)).ToDictionary(g => g.Id, g => g.Name, StringComparer.Ordinal);
        var now = clock.UtcNow;
        var invites = (await store.ListInvitesAsync(cancellationToken)).Where(i => !i.IsExpired(now)).ToLookup(i => i.MemberId, StringComparer.Ordinal);

        var html = new HtmlWriter().Append(top)
            .Open("div", ("class", "toolbar"))
            .Element("span", $"在册党员 {members.Count} 人，党小组 {groups.Count} 个。")
            .Element("a", "导出名单（CSV）", ("class", "button"), ("id", "export-roster"), ("href", "/console/members/export"))
            .Close("div");
        html.Open("table", ("id", "roster")).Open("tr").Element("th", "姓名").Element("th", "职务").Element("th", "党小组").Element("th", "聊天账号").Element("th", "邀请码").Element("th", "操作").Close("tr");
        foreach (var member in members)
        {
            var invite = invites[member.Id].OrderByDescending(i => i.ExpiresAt).FirstOrDefault();
            html.Open("tr")
                .Element("td", member.Name)
                .Element("td", RoleNames.ToChinese(member.Role))
                .Element("td", member.GroupId is null ? "—" : groups.GetValueOrDefault(member.GroupId, "—"))
                .Element("td", member.IsBound ? "已加入" : "未加入")
                .Element("td", member.IsBound || invite is null ? "—" : $"已发出（{ConsoleFormat.DateTime(invite.ExpiresAt, clock.Zone)} 前有效）")
                .Open("td")
                .Open("form", ("method", "post"), ("action", "/console/members/renew-invite"), ("class", "inline"))
                .Csrf(request.CsrfToken)
                .Open("input", ("type", "hidden"), ("name", "member"), ("value", member.Id))
                .Element("button", "重新生成邀请码", ("type", "submit"))
                .Close("form")
                .Close("td")
                .Close("tr");
        }

        html.Close("table")
            .Element("h2", "上传名单")
            .Element("p", $"CSV 文件，第一行为表头 {RosterColumns.Header}。先检查全部行，有任何一行出错就不导入任何数据，并按行号列出问题；名单中没有的党员保持不变。", ("class", "muted"))
            .Open("form", ("method", "post"), ("action", "/console/members/import"), ("enctype", "multipart/form-data"), ("class", "toolbar"), ("id", "import-form"))
            .Csrf(request.CsrfToken)
            .Open("input", ("type", "file"), ("name", "roster"), ("accept", ".csv,text/csv"), ("required", string.Empty))
            .Element("button", "上传并导入", ("type", "submit"))
            .Close("form");
        return request.Html(html, status);
    }

    /// <summary>A new code for the member (the old one stops working), shown on this page once and never stored.</summary>
    private async Task<IResult> RenewInviteAsync(ConsoleRequest request, CancellationToken cancellationToken)
    {
        var form = await request.Http.Request.ReadFormAsync(cancellationToken);
        var member = await store.GetMemberAsync(form["member"].ToString(), cancellationToken);
        if (member is not { IsActive: true })
        {
            await request.AuditAsync("重新生成邀请码（未找到党员）", null, cancellationToken);
            return await ShowAsync(request, Problem("没有找到这名党员，请刷新页面后再试。"), StatusCodes.Status400BadRequest, cancellationToken);
        }

        var renewed = await membership.RenewInviteAsync(member.Name, cancellationToken);
        if (!renewed.Succeeded)
        {
            await request.AuditAsync("重新生成邀请码（未完成）", member.Name, cancellationToken);
            return await ShowAsync(request, Problem(renewed.Problem!), StatusCodes.Status400BadRequest, cancellationToken);
        }

        await request.AuditAsync("重新生成邀请码", member.Name, cancellationToken);
        var invite = renewed.Value!;
        var notice = new HtmlWriter().Open("div", ("id", "new-invite"))
            .Element("p", $"已为「{member.Name}」生成新邀请码，旧邀请码已失效。邀请码：{invite.Code}", ("class", "notice"))
            .Element("p", $"{ConsoleFormat.DateTime(invite.ExpiresAt, clock.Zone)} 前有效，只能使用一次。请转给本人，让其向机器人发送「加入 {invite.Code}」。邀请码只显示这一次。", ("class", "muted"))
            .Close("div");
        return await ShowAsync(request, notice, StatusCodes.Status200OK, cancellationToken);
    }

    private async Task<IResult> ExportAsync(ConsoleRequest request, CancellationToken cancellationToken)
    {
        var csv = await exporter.ExportAsync(cancellationToken);
        await request.AuditAsync("导出名单", null, cancellationToken);
        request.Http.Response.Headers.CacheControl = "no-store, private";
        // A byte-order mark lets Excel open the Chinese names as UTF-8; the importer skips it.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        return Results.File(bytes, "text/csv; charset=utf-8", $"党员名单-{clock.Now.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.csv");
    }

    private static HtmlWriter Problem(string text) => new HtmlWriter().Element("p", text, ("class", "problem"));

    private static HtmlWriter Report(RosterImportResult result)
    {
        var html = new HtmlWriter().Open("div", ("id", "import-result"));
        if (!result.Succeeded)
        {
            html.Element("p", $"名单有 {result.Errors.Count} 处问题，未导入任何数据：", ("class", "problem")).Open("ul", ("class", "errors"));
            foreach (var error in result.Errors)
            {
                html.Element("li", error);
            }

            return html.Close("ul").Close("div");
        }

        html.Element("p", $"导入完成：新增 {result.Added} 人，更新 {result.Updated} 人，绑定聊天账号 {result.Bound} 个。", ("class", "notice"));
        if (result.Invites.Count > 0)
        {
            html.Element("p", "以下党员还需要在聊天中发送「加入 邀请码」：").Open("ul");
            foreach (var (name, code) in result.Invites)
            {
                html.Element("li", $"{name}：{code ?? RosterImportResult.StillValidInvite}");
            }

            html.Close("ul");
        }

        foreach (var note in result.Notes)
        {
            html.Element("p", note, ("class", "muted"));
        }

        return html.Close("div");
    }

    private static string DescribeImport(string fileName, RosterImportResult result) => result.Succeeded
        ? $"{fileName}：新增{result.Added}，更新{result.Updated}"
        : $"{fileName}：{result.Errors.Count}处问题，未写入";
}
