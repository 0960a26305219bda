using BranchBot.Core;
using System.Globalization;
using BranchBot.Core.Broadcasts;
using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Membership;
using BranchBot.Core.Scheduling;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Broadcasts;
using BranchBot.WebConsole.Access;
using BranchBot.WebConsole.Wording;

namespace BranchBot.WebConsole.Pages.Broadcasts;

/// <summary>
/// 广播 under /console/broadcasts: the list, one broadcast at /console/broadcasts/{number}, 写广播 at
/// /console/broadcasts/compose with a preview before 确认发送 (立即, 定时, or 定期 creating a plan), the recipients'
/// CSV at /console/broadcasts/export?n=, and the posts remind, resend, withdraw and stop-plan. Everything goes through
/// <see cref="BroadcastService"/> and <see cref="BroadcastPlanService"/>, so the console follows the chat's rules;
/// every change and export is audited.
/// </summary>
internal sealed class BroadcastsEndpoints(
    ConsoleRequest request,
    BroadcastService broadcasts, BroadcastPlanService plans, IMembershipStore members, ISentMarkerStore submissions, BranchClock clock)
{
    /// <summary>Names the preview a 确认发送 or 确认创建定期广播 comes from; each preview is used once (a resubmitted form is refused).</summary>
    public const string PreviewField = "preview";

    private const string Page = "broadcasts";

    public static void Map(RouteGroupBuilder console)
    {
        console.MapGet("/broadcasts", (HttpContext http, CancellationToken cancellationToken) => For(http).ListAsync(cancellationToken)).WithMetadata(ConsolePageAudience.BranchReadable);
        console.MapGet("/broadcasts/compose", (HttpContext http, CancellationToken cancellationToken) =>
            For(http).ComposeAsync(BroadcastComposeForm.Empty, problem: null, cancellationToken));
        console.MapGet("/broadcasts/export", (HttpContext http, CancellationToken cancellationToken) => For(http).ExportAsync(cancellationToken))
            .WithMetadata(ConsolePageAudience.BranchReadable);
        console.MapGet("/broadcasts/{number}", (HttpContext http, string number, CancellationToken cancellationToken) =>
            ReadNumber(number) is { } n ? For(http).DetailAsync(n, problem: null, cancellationToken) : Task.FromResult(ConsoleRequest.Of(http).NotFound())).WithMetadata(ConsolePageAudience.BranchReadable);
        console.MapPost("/broadcasts/preview", (HttpContext http, CancellationToken cancellationToken) => For(http).WithFormAsync(
            (page, form) => page.PreviewAsync(BroadcastComposeForm.Read(form), cancellationToken), cancellationToken));
        console.MapPost("/broadcasts/send", (HttpContext http, CancellationToken cancellationToken) => For(http).WithFormAsync(
            (page, form) => page.SendAsync(BroadcastComposeForm.Read(form), form[PreviewField].FirstOrDefault(), cancellationToken), cancellationToken));
        console.MapPost("/broadcasts/create-plan", (HttpContext http, CancellationToken cancellationToken) => For(http).WithFormAsync(
            (page, form) => page.CreatePlanAsync(BroadcastComposeForm.Read(form), form[PreviewField].FirstOrDefault(), cancellationToken), cancellationToken));
        MapOnOne(console, "remind", "请指明是哪一条广播。", (page, number, cancellationToken) => page.RemindAsync(number, cancellationToken));
        MapOnOne(console, "resend", "请指明是哪一条广播。", (page, number, cancellationToken) => page.ResendAsync(number, cancellationToken));
        MapOnOne(console, "withdraw", "请指明是哪一条广播。", (page, number, cancellationToken) => page.WithdrawAsync(number, cancellationToken));
        MapOnOne(console, "stop-plan", "请指明是哪一项定期广播。", (page, number, cancellationToken) => page.StopPlanAsync(number, cancellationToken));
    }

    /// <summary>An action on one broadcast or plan, named by the form's n; without a number it is a 400 saying so.</summary>
    private static void MapOnOne(
        RouteGroupBuilder console, string action, string missing, Func<BroadcastsEndpoints, int, CancellationToken, Task<IResult>> act) =>
        console.MapPost("/broadcasts/" + action, (HttpContext http, CancellationToken cancellationToken) => For(http).WithFormAsync(
            (page, form) => ReadNumber(form["n"].FirstOrDefault()) is { } number
                ? act(page, number, cancellationToken)
                : Task.FromResult(page.BadRequest(missing)),
            cancellationToken));

    private IResult BadRequest(string problem) => request.BadRequest(Page, problem);

    private static BroadcastsEndpoints For(HttpContext http) =>
        ActivatorUtilities.CreateInstance<BroadcastsEndpoints>(http.RequestServices, ConsoleRequest.Of(http));

    private async Task<IResult> WithFormAsync(Func<BroadcastsEndpoints, IFormCollection, Task<IResult>> act, CancellationToken cancellationToken) =>
        await act(this, await request.FormAsync(cancellationToken));

    private async Task<IResult> ListAsync(CancellationToken cancellationToken, string? problem = null)
    {
        var planSummaries = await plans.ListAsync(cancellationToken);
        string? result = null;
        if (problem is null && request.Query("done") == "plan-stopped" && ReadNumber(request.Query("n")) is { } stopped)
        {
            result = $"已停止定期广播 #{stopped}，之后不再生成新的广播；已排成定时广播的一次可在下方列表中撤回。";
        }
        else if (problem is null && request.Query("done") == "plan-created" && ReadNumber(request.Query("n")) is { } number
            && planSummaries.FirstOrDefault(s => s.Plan.Number == number) is { } created)
        {
            result = PlanCreated(created);
        }

        return request.Page<BroadcastListPage>(
            new Dictionary<string, object?> { ["Plans"] = planSummaries, ["Problem"] = problem, ["Result"] = result },
            problem is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    /// <summary>"已创建定期广播 #1：每月5日 09:00 发送给全体党员，下次 12月5日 09:00。" and what became of an occurrence due at once.</summary>
    private string PlanCreated(BroadcastPlanSummary summary)
    {
        var plan = summary.Plan;
        var notice = $"已创建定期广播 #{plan.Number}：{BroadcastPlanTexts.Rhythm(plan.Recurrence)} 发送给{summary.AudienceLabel}";
        notice += summary.NextOccurrence is { } next ? $"，下次 {BroadcastTexts.When(clock.ToLocal(next))}。" : "。";
        return plan switch
        {
            { LastProblem: { } problem } => $"{notice}{BroadcastProblems.Skipped(problem, clock)}",
            { LastOccurrence: { } at } => $"{notice}{BroadcastTexts.When(clock.ToLocal(at))} 这一次已排成定时广播，可在下方列表中撤回。",
            _ => notice,
        };
    }

    private async Task<IResult> StopPlanAsync(int number, CancellationToken cancellationToken)
    {
        var stopped = await plans.StopAsync(number, request.Viewer, cancellationToken);
        if (!stopped.Succeeded)
        {
            var problem = BroadcastProblems.Say(stopped.Problem!, clock);
            await request.AuditAsync("停止定期广播（未执行）", $"定期广播 #{number}：{problem}", cancellationToken);
            return await ListAsync(cancellationToken, problem);
        }

        var plan = stopped.Value!;
        await request.AuditAsync("停止定期广播", $"定期广播 #{number}：{BroadcastPlanTexts.Rhythm(plan.Recurrence)} {BroadcastPlanTexts.AudienceLabel(plan.Audience)}", cancellationToken);
        return ConsoleRequest.Redirect($"/console/broadcasts?done=plan-stopped&n={number}");
    }

    private async Task<IResult> DetailAsync(int number, string? problem, CancellationToken cancellationToken)
    {
        var detail = await broadcasts.GetDetailAsync(number, cancellationToken);
        if (!detail.Succeeded)
        {
            return request.NotFound();
        }

        return request.Page<BroadcastDetailPage>(
            new Dictionary<string, object?>
            {
                ["Detail"] = detail.Value,
                ["Filter"] = request.Query("show"),
                ["Problem"] = problem,
                ["Result"] = problem is null ? Done(detail.Value!.Broadcast) : null,
            },
            problem is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    /// <summary>The result of the POST that redirected here, told from the query and the broadcast as it is now.</summary>
    private string? Done(Broadcast broadcast) => request.Query("done") switch
    {
        "sent" when broadcast.ScheduledAt is { } at && !broadcast.IsDue(clock.UtcNow) =>
            $"已定时：{BroadcastFormat.Title(broadcast.Number)} 将于 {ConsoleFormat.DateTime(at, clock.Zone)} 发送。",
        "sent" => $"{BroadcastFormat.Title(broadcast.Number)} 已开始发送。",
        "reminded" => $"已向 {ReadNumber(request.Query("count")) ?? 0} 位未回执的同志再次发送（第 {broadcast.Reminders} 次催收）。",
        "resent" => $"已向 {ReadNumber(request.Query("count")) ?? 0} 位同志补发（第 {broadcast.Resends} 次补发）。",
        "withdrawn" => $"已撤回：{ReadNumber(request.Query("cancelled")) ?? 0} 条尚未发出的消息已取消；已送达的 {ReadNumber(request.Query("sent")) ?? 0} 人无法收回。",
        _ => null,
    };

    private async Task<IResult> ComposeAsync(BroadcastComposeForm form, string? problem, CancellationToken cancellationToken) =>
        request.Page<BroadcastComposePage>(
            new Dictionary<string, object?>
            {
                ["Form"] = form, ["Groups"] = await members.ListGroupsAsync(cancellationToken), ["Zone"] = clock.Zone, ["Problem"] = problem,
            },
            problem is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);

    private async Task<IResult> PreviewAsync(BroadcastComposeForm form, CancellationToken cancellationToken)
    {
        if (form.IsRecurring)
        {
            return await PreviewPlanAsync(form, cancellationToken);
        }

        var draft = form.ToDraft(clock.Zone);
        if (!draft.Succeeded)
        {
            return await ComposeAsync(form, draft.Problem, cancellationToken);
        }

        var preview = await broadcasts.PreviewAsync(draft.Value!, request.Viewer, cancellationToken);
        if (!preview.Succeeded)
        {
            return await ComposeAsync(form, BroadcastProblems.Say(preview.Problem!, clock), cancellationToken);
        }

        return request.Page<BroadcastPreviewPage>(new Dictionary<string, object?>
        {
            ["Form"] = form, ["Draft"] = draft.Value, ["Preview"] = preview.Value, ["Groups"] = await members.ListGroupsAsync(cancellationToken), ["Zone"] = clock.Zone,
        });
    }

    private async Task<IResult> PreviewPlanAsync(BroadcastComposeForm form, CancellationToken cancellationToken)
    {
        var draft = form.ToPlanDraft(clock);
        if (!draft.Succeeded)
        {
            return await ComposeAsync(form, draft.Problem, cancellationToken);
        }

        var preview = await plans.PreviewAsync(draft.Value!, request.Viewer, cancellationToken);
        if (!preview.Succeeded)
        {
            return await ComposeAsync(form, BroadcastProblems.Say(preview.Problem!, clock), cancellationToken);
        }

        return request.Page<BroadcastPlanPreviewPage>(new Dictionary<string, object?>
        {
            ["Form"] = form, ["Draft"] = draft.Value, ["Preview"] = preview.Value, ["Groups"] = await members.ListGroupsAsync(cancellationToken), ["Zone"] = clock.Zone,
        });
    }

    private async Task<IResult> CreatePlanAsync(BroadcastComposeForm form, string? previewId, CancellationToken cancellationToken)
    {
        if (await TakePreviewAsync(previewId, "创建", cancellationToken) is { } refused)
        {
            await request.AuditAsync("创建定期广播（未执行）", refused, cancellationToken);
            return request.BadRequest(Page, refused);
        }

        var draft = form.ToPlanDraft(clock);
        var created = draft.Succeeded ? await plans.CreateAsync(draft.Value!, request.Viewer, cancellationToken) : null;
        if (created is not { Succeeded: true })
        {
            var problem = created is null ? draft.Problem! : BroadcastProblems.Say(created.Problem!, clock);
            await request.AuditAsync("创建定期广播（未执行）", $"{form.Rhythm}：{problem}", cancellationToken);
            return await ComposeAsync(form, problem, cancellationToken);
        }

        var (plan, scheduled, _, _) = created.Value!;
        var detail = $"定期广播 #{plan.Number}：{BroadcastPlanTexts.Rhythm(plan.Recurrence)} {BroadcastPlanTexts.AudienceLabel(plan.Audience)}";
        if (scheduled.Count > 0)
        {
            detail += "，已排定 " + string.Join("、", scheduled.Select(b => BroadcastFormat.Title(b.Number)));
        }

        await request.AuditAsync("创建定期广播", detail, cancellationToken);
        return ConsoleRequest.Redirect($"/console/broadcasts?done=plan-created&n={plan.Number}");
    }

    /// <summary>Takes the preview id once, so a resubmitted confirmation does nothing; null when it may go ahead, else why not.</summary>
    private async Task<string?> TakePreviewAsync(string? previewId, string verb, CancellationToken cancellationToken)
    {
        if (previewId is not { Length: 32 } || !previewId.All(char.IsAsciiHexDigitLower))
        {
            return $"请先预览，再从预览页确认{verb}。";
        }

        return await submissions.TryMarkAsync($"console:broadcast-preview:{previewId}", clock.UtcNow, cancellationToken)
            ? null
            : $"这份预览已经提交过一次，为避免重复{verb}不再处理。请到广播列表查看，需要时重新写广播。";
    }

    private async Task<IResult> SendAsync(BroadcastComposeForm form, string? previewId, CancellationToken cancellationToken)
    {
        if (await TakePreviewAsync(previewId, "发送", cancellationToken) is { } refused)
        {
            return request.BadRequest(Page, refused);
        }

        var draft = form.ToDraft(clock.Zone);
        var sent = draft.Succeeded ? await broadcasts.SendAsync(draft.Value!, request.Viewer, cancellationToken) : null;
        if (sent is not { Succeeded: true })
        {
            return await ComposeAsync(form, sent is null ? draft.Problem : BroadcastProblems.Say(sent.Problem!, clock), cancellationToken);
        }

        var broadcast = sent.Value!.Broadcast;
        var when = broadcast.ScheduledAt is { } at ? $"，定时 {ConsoleFormat.DateTime(at, clock.Zone)}" : string.Empty;
        await request.AuditAsync("发送广播", $"{BroadcastFormat.Title(broadcast.Number)}：{broadcast.AudienceLabel}，{broadcast.RecipientIds.Count}人{when}", cancellationToken);
        return ConsoleRequest.Redirect(BroadcastFormat.Link(broadcast.Number) + "?done=sent");
    }

    private async Task<IResult> RemindAsync(int number, CancellationToken cancellationToken) =>
        await FollowUpAsync(number, "催收广播", await broadcasts.RemindAsync(number, request.Viewer, cancellationToken),
            reminded => ($"第{reminded.Reminder}次，{reminded.Recipients.Count}人", $"done=reminded&count={reminded.Recipients.Count}"), cancellationToken);

    private async Task<IResult> ResendAsync(int number, CancellationToken cancellationToken) =>
        await FollowUpAsync(number, "补发广播", await broadcasts.ResendAsync(number, request.Viewer, cancellationToken),
            resent => ($"第{resent.Resend}次，{resent.Recipients.Count}人", $"done=resent&count={resent.Recipients.Count}"), cancellationToken);

    private async Task<IResult> WithdrawAsync(int number, CancellationToken cancellationToken) =>
        await FollowUpAsync(number, "撤回广播", await broadcasts.WithdrawAsync(number, request.Viewer, cancellationToken),
            withdrawn => ($"取消{withdrawn.Cancelled}条，已送达{withdrawn.AlreadySent}人", $"done=withdrawn&cancelled={withdrawn.Cancelled}&sent={withdrawn.AlreadySent}"),
            cancellationToken);

    /// <summary>
    /// The end of an action on one broadcast: refused, it is audited as not done and the detail page shows why; done,
    /// it is audited with <paramref name="describe"/>'s detail and the browser is sent to the detail page with its query.
    /// </summary>
    private async Task<IResult> FollowUpAsync<T>(
        int number, string action, Outcome<T, BroadcastProblem> outcome, Func<T, (string Detail, string Query)> describe, CancellationToken cancellationToken)
    {
        var title = BroadcastFormat.Title(number);
        if (!outcome.Succeeded)
        {
            var problem = BroadcastProblems.Say(outcome.Problem!, clock);
            await request.AuditAsync($"{action}（未执行）", $"{title}：{problem}", cancellationToken);
            return await DetailAsync(number, problem, cancellationToken);
        }

        var (detail, query) = describe(outcome.Value!);
        await request.AuditAsync(action, $"{title}：{detail}", cancellationToken);
        return ConsoleRequest.Redirect($"{BroadcastFormat.Link(number)}?{query}");
    }

    private async Task<IResult> ExportAsync(CancellationToken cancellationToken)
    {
        var detail = ReadNumber(request.Query("n")) is { } number ? await broadcasts.GetDetailAsync(number, cancellationToken) : null;
        if (detail is not { Succeeded: true })
        {
            return request.NotFound();
        }

        var broadcast = detail.Value!.Broadcast;
        await request.AuditAsync("导出广播接收情况", BroadcastFormat.Title(broadcast.Number), cancellationToken);
        request.Http.Response.Headers.CacheControl = "no-store, private";
        return Results.File(BroadcastRecipientsCsv.Write(detail.Value, clock.Zone), "text/csv; charset=utf-8",
            $"广播{broadcast.Number}-接收情况-{clock.Now.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.csv");
    }

    private static int? ReadNumber(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
}
