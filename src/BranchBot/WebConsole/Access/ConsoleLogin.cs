using BranchBot.Core.Membership;
using BranchBot.Core.WebConsole;
using BranchBot.WebConsole.Export;
using BranchBot.WebConsole.Shell;

namespace BranchBot.WebConsole.Access;

/// <summary>
/// GET /console/login?token=… shows whose link it is and a button; POST (the button) uses the link up, starts the
/// session and redirects to /console (总览, or 各支部 for a 党委 role holder off the committee). The extra click keeps chat apps that fetch link previews from burning the
/// one-time link before the person opens it. The link's member may be of any branch; the login is written to the
/// 操作日志 of their branch.
/// </summary>
internal static class ConsoleLogin
{
    public static async Task<IResult> ShowAsync(HttpContext http, ConsoleLoginLinks links, ConsoleMembers members, ConsoleGate gate, CancellationToken cancellationToken)
    {
        var token = http.Request.Query["token"].FirstOrDefault();
        var (member, _, refusal) = await CheckAsync(http, token, links, members, gate, consume: null, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        return ConsoleResults.Component<LoginConfirmPage>(
            http, new Dictionary<string, object?> { ["Name"] = member!.Name, ["Token"] = token }, StatusCodes.Status200OK);
    }

    public static async Task<IResult> SignInAsync(
        HttpContext http, ConsoleLoginLinks links, ConsoleMembers members, ConsoleGate gate, IConsoleLoginLedger ledger, ConsoleSession sessions,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var token = (await RequestForms.TryReadAsync(http.Request, cancellationToken))?["token"].FirstOrDefault();
        var (member, audit, refusal) = await CheckAsync(
            http, token, links, members, gate, check => ledger.TryConsumeAsync(check.LinkId!, check.ExpiresAt, time.GetUtcNow(), cancellationToken), cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        sessions.Start(http, member!.Id);
        // A branch viewed read-only before belongs to the earlier session.
        if (http.Request.Cookies.ContainsKey(ConsoleBranchSelection.CookieName))
        {
            http.Response.Cookies.Delete(ConsoleBranchSelection.CookieName, new CookieOptions { Path = "/console" });
        }
        await audit.RecordAsync(member, "登录", null, cancellationToken);
        return Results.Redirect("/console", permanent: false, preserveMethod: false);
    }

    private static async Task<(Member? Member, ConsoleAudit Audit, IResult? Refusal)> CheckAsync(
        HttpContext http, string? token, ConsoleLoginLinks links, ConsoleMembers members, ConsoleGate gate,
        Func<LoginLinkCheck, ValueTask<bool>>? consume, CancellationToken cancellationToken)
    {
        var check = links.Check(token);
        var (member, branch) = await members.FindAsync(check.MemberId, cancellationToken);
        var audit = branch.GetRequiredService<ConsoleAudit>();
        IResult Refuse(string title, string text, int status) => ConsoleResults.Message(http, title, text, status);

        if (check.Status == LoginLinkStatus.Invalid)
        {
            await audit.RecordAsync(null, "登录失败（链接无效）", null, cancellationToken, allowed: false);
            return (null, audit, Refuse(ConsoleTexts.LinkInvalidTitle, ConsoleTexts.LinkInvalid, StatusCodes.Status403Forbidden));
        }

        if (check.Status == LoginLinkStatus.Expired)
        {
            await audit.RecordAsync(member, "登录失败（链接过期）", null, cancellationToken, allowed: false);
            return (null, audit, Refuse(ConsoleTexts.LinkExpiredTitle, ConsoleTexts.LinkExpired, StatusCodes.Status401Unauthorized));
        }

        var access = await gate.AccessOfAsync(member, null, cancellationToken);
        if (!access.MayUse)
        {
            await audit.RecordAsync(member, "登录失败（无权使用）", null, cancellationToken, allowed: false);
            return (null, audit, Refuse(ConsoleTexts.RefusedTitle, ConsoleTexts.Refused, StatusCodes.Status403Forbidden));
        }

        var unused = consume is null ? !await IsUsedAsync(check, http) : await consume(check);
        if (!unused)
        {
            await audit.RecordAsync(member, "登录失败（链接已使用）", null, cancellationToken, allowed: false);
            return (null, audit, Refuse(ConsoleTexts.LinkUsedTitle, ConsoleTexts.LinkUsed, StatusCodes.Status403Forbidden));
        }

        if (access.Branch)
        {
            branch.GetRequiredService<ConsoleYearWarmUp>().Start();
        }

        return (member, audit, null);
    }

    private static ValueTask<bool> IsUsedAsync(LoginLinkCheck check, HttpContext http) =>
        http.RequestServices.GetRequiredService<IConsoleLoginLedger>().IsUsedAsync(check.LinkId!, http.RequestAborted);
}
