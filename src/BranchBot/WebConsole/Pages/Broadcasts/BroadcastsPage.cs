using System.Globalization;
using BranchBot.Core.Broadcasts;
using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Membership;
using BranchBot.Core.Scheduling;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Broadcasts;
using BranchBot.WebConsole.Html;

namespace BranchBot.WebConsole.Pages.Broadcasts;

/// <summary>
/// 广播: recent broadcasts with their counts, each one's recipients (未送达 / 未回执 filters, CSV export), 催收 and
/// 撤回, 写广播 with a preview before 确认发送 (立即, 定时, or 定期 creating a plan), and the 定期广播 plans with a stop form each. Everything goes through
/// <see cref="BroadcastService"/> and <see cref="BroadcastPlanService"/>, so the console follows the chat's rules;
/// every change and export is audited.
/// </summary>
public sealed class BroadcastsPage(
    BroadcastService broadcasts, BroadcastPlanService plans, IMembershipStore members, ISentMarkerStore submissions, BranchClock clock) : IConsolePage
{
    private const int Listed = 30;

    /// <summary>Names the preview a 确认发送 or 确认创建定期广播 comes from; each preview is used once (a resubmitted form is refused).</summary>
    private const string PreviewField = "preview";

    public string Slug => "broadcasts";

    public string Title => "广播";

    public int Order => 45;

    public Task<IResult> GetAsync(ConsoleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Action switch
        {
            null => ListAsync(request, cancellationToken),
            "compose" => ComposeAsync(request, BroadcastComposeForm.Empty, problem: null, cancellationToken),
            "export" => ExportAsync(request, cancellationToken),
            _ when ReadNumber(request.Action) is { } number => DetailAsync(request, number, problem: null, cancellationToken),
            _ => Task.FromResult(request.NotFound()),
        };
    }

    public async Task<IResult> PostAsync(ConsoleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var form = await request.Http.Request.ReadFormAsync(cancellationToken);
        return request.Action switch
        {
            "preview" => await PreviewAsync(request, BroadcastComposeForm.Read(form), cancellationToken),
            "send" => await SendAsync(request, BroadcastComposeForm.Read(form), form[PreviewField].FirstOrDefault(), cancellationToken),
            "create-plan" => await CreatePlanAsync(request, BroadcastComposeForm.Read(form), form[PreviewField].FirstOrDefault(), cancellationToken),
            "remind" when ReadNumber(form["n"].FirstOrDefault()) is { } number => await RemindAsync(request, number, cancellationToken),
            "withdraw" when ReadNumber(form["n"].FirstOrDefault()) is { } number => await WithdrawAsync(request, number, cancellationToken),
            "resend" when ReadNumber(form["n"].FirstOrDefault()) is { } number => await ResendAsync(request, number, cancellationToken),
            "stop-plan" when ReadNumber(form["n"].FirstOrDefault()) is { } number => await StopPlanAsync(request, number, cancellationToken),
            "remind" or "withdraw" or "resend" => request.BadRequest("请指明是哪一条广播。"),
            "stop-plan" => request.BadRequest("请指明是哪一项定期广播。"),
            _ => request.NotFound(),
        };
    }

    private async Task<IResult> ListAsync(ConsoleRequest request, CancellationToken cancellationToken, string? problem = null)
    {
        var html = new HtmlWriter();
        var planSummaries = await plans.ListAsync(cancellationToken);
        if (problem is not null)
        {
            html.Element("p", problem, ("class", "problem"), ("id", "problem"));
        }
        else if (request.Query("done") == "plan-stopped" && ReadNumber(request.Query("n")) is { } stopped)
        {
            html.Element("p", $"已停止定期广播 #{stopped}，之后不再生成新的广播；已排成定时广播的一次可在下方列表中撤回。", ("class", "notice"), ("id", "result"));
        }
        else if (request.Query("done") == "plan-created" && ReadNumber(request.Query("n")) is { } number
            && planSummaries.FirstOrDefault(s => s.Plan.Number == number) is { } created)
        {
            html.Element("p", PlanCreated(created), ("class", "notice"), ("id", "result"));
        }

        html.Open("div", ("class", "toolbar"))
            .Element("span", $"最近 {Listed} 条广播，最新的在前。")
            .Element("a", "写广播", ("class", "button"), ("id", "compose"), ("href", "/console/broadcasts/compose"))
            .Close("div");
        BroadcastListView.Write(html, await broadcasts.ListAsync(Listed, cancellationToken), clock.UtcNow, clock.Zone);
        BroadcastPlanListView.Write(html, planSummaries, request.CsrfToken, clock.Zone);
        return request.Html(html, problem is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    /// <summary>"已创建定期广播 #1：每月5日 09:00 发送给全体党员，下次 12月5日 09:00。" and what became of an occurrence due at once.</summary>
    private string PlanCreated(BroadcastPlanSummary summary)
    {
        var plan = summary.Plan;
        var notice = $"已创建定期广播 #{plan.Number}：{BroadcastPlanTexts.Rhythm(plan.Recurrence)} 发送给{summary.AudienceLabel}";
        notice += summary.NextOccurrence is { } next ? $"，下次 {BroadcastTexts.When(clock.ToLocal(next))}。" : "。";
        return plan switch
        {
            { LastProblem: { } problem } => $"{notice}{problem}",
            { LastOccurrence: { } at } => $"{notice}{BroadcastTexts.When(clock.ToLocal(at))} 这一次已排成定时广播，可在下方列表中撤回。",
            _ => notice,
        };
    }

    private async Task<IResult> StopPlanAsync(ConsoleRequest request, int number, CancellationToken cancellationToken)
    {
        var stopped = await plans.StopAsync(number, request.Viewer, cancellationToken);
        if (!stopped.Succeeded)
        {
            await request.AuditAsync("停止定期广播（未执行）", $"定期广播 #{number}：{stopped.Problem}", cancellationToken);
            return await ListAsync(request, cancellationToken, stopped.Problem);
        }

        var plan = stopped.Value!;
        await request.AuditAsync("停止定期广播", $"定期广播 #{number}：{BroadcastPlanTexts.Rhythm(plan.Recurrence)} {BroadcastPlanService.AudienceLabel(plan.Audience)}", cancellationToken);
        return ConsoleRequest.Redirect($"/console/broadcasts?done=plan-stopped&n={number}");
    }

    private async Task<IResult> DetailAsync(ConsoleRequest request, int number, string? problem, CancellationToken cancellationToken)
    {
        var detail = await broadcasts.GetDetailAsync(number, cancellationToken);
        if (!detail.Succeeded)
        {
            return request.NotFound();
        }

        var html = new HtmlWriter()
            .Open("p").Element("a", "‹ 返回广播列表", ("href", "/console/broadcasts")).Close("p")
            .Element("h2", BroadcastFormat.Title(number));
        if (problem is not null)
        {
            html.Element("p", problem, ("class", "problem"));
        }
        else if (Done(request, detail.Value!.Broadcast) is { } notice)
        {
            html.Element("p", notice, ("class", "notice"), ("id", "result"));
        }

        BroadcastDetailView.Write(html, detail.Value!, request.Query("show"), request.CsrfToken, clock.UtcNow, clock.Zone);
        return request.Html(html, problem is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    /// <summary>The result of the POST that redirected here, told from the query and the broadcast as it is now.</summary>
    private string? Done(ConsoleRequest request, Broadcast broadcast) => request.Query("done") switch
    {
        "sent" when broadcast.ScheduledAt is { } at && !broadcast.IsDue(clock.UtcNow) =>
            $"已定时：{BroadcastFormat.Title(broadcast.Number)} 将于 {ConsoleFormat.DateTime(at, clock.Zone)} 发送。",
        "sent" => $"{BroadcastFormat.Title(broadcast.Number)} 已开始发送。",
        "reminded" => $"已向 {ReadNumber(request.Query("count")) ?? 0} 位未回执的同志再次发送（第 {broadcast.Reminders} 次催收）。",
        "resent" => $"已向 {ReadNumber(request.Query("count")) ?? 0} 位同志补发（第 {broadcast.Resends} 次补发）。",
        "withdrawn" => $"已撤回：{ReadNumber(request.Query("cancelled")) ?? 0} 条尚未发出的消息已取消；已送达的 {ReadNumber(request.Query("sent")) ?? 0} 人无法收回。",
        _ => null,
    };

    private async Task<IResult> ComposeAsync(ConsoleRequest request, BroadcastComposeForm form, string? problem, CancellationToken cancellationToken)
    {
        var html = new HtmlWriter()
            .Open("p").Element("a", "‹ 返回广播列表", ("href", "/console/broadcasts")).Close("p")
            .Element("h2", "写广播");
        if (problem is not null)
        {
            html.Element("p", problem, ("class", "problem"), ("id", "problem"));
        }

        html.Element("p", $"先预览，看清接收人数后再确认发送。定时时间按支部所在时区（{clock.Zone.Id}）理解。"
                + "定期发送填写规律，如「每月5日上午9点」「每季度第一个月10日下午3点」，只能发给全体党员、支委或一个党小组，每次按当时的名单发送。", ("class", "muted"))
            .Append(form.Editor(request.CsrfToken, await members.ListGroupsAsync(cancellationToken)));
        return request.Html(html, problem is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private async Task<IResult> PreviewAsync(ConsoleRequest request, BroadcastComposeForm form, CancellationToken cancellationToken)
    {
        if (form.IsRecurring)
        {
            return await PreviewPlanAsync(request, form, cancellationToken);
        }

        var draft = form.ToDraft(clock.Zone);
        if (!draft.Succeeded)
        {
            return await ComposeAsync(request, form, draft.Problem, cancellationToken);
        }

        var preview = await broadcasts.PreviewAsync(draft.Value!, request.Viewer, cancellationToken);
        if (!preview.Succeeded)
        {
            return await ComposeAsync(request, form, preview.Problem, cancellationToken);
        }

        var (label, recipients, unreachable) = preview.Value!;
        var html = new HtmlWriter()
            .Open("p").Element("a", "‹ 返回广播列表", ("href", "/console/broadcasts")).Close("p")
            .Element("h2", "预览")
            .Open("section", ("id", "preview"))
            .Open("table")
            .Open("tr").Element("th", "对象").Element("td", label).Close("tr")
            .Open("tr").Element("th", "接收人数").Element("td", $"{recipients.Count} 人", ("id", "recipient-count")).Close("tr")
            .Open("tr").Element("th", "无法送达").Element("td", unreachable.Count == 0 ? "无" : $"{unreachable.Count} 人尚未通过聊天加入：{ConsoleFormat.Names(unreachable)}").Close("tr")
            .Open("tr").Element("th", "回执").Element("td", form.Acknowledgement ? "需要成员点「收到」" : "不需要").Close("tr")
            .Open("tr").Element("th", "发送时间").Element("td", draft.Value!.ScheduledAt is { } at ? "定时 " + ConsoleFormat.DateTime(at, clock.Zone) : "立即发送").Close("tr")
            .Close("table")
            .Element("div", draft.Value.Text.Trim(), ("class", "broadcast-text"), ("id", "preview-text"));
        if (recipients.Count == 0)
        {
            html.Element("p", $"「{label}」中没有可以发送的对象，请修改发送对象。", ("class", "problem")).Close("section");
        }
        else
        {
            html.Open("form", ("method", "post"), ("action", "/console/broadcasts/send"), ("id", "send-form"))
                .Csrf(request.CsrfToken)
                .Append(form.Hidden())
                .Open("input", ("type", "hidden"), ("name", PreviewField), ("value", Guid.NewGuid().ToString("N")))
                .Element("button", $"确认发送（{recipients.Count} 人）", ("type", "submit"), ("id", "confirm"))
                .Close("form")
                .Close("section");
        }

        html.Element("h2", "修改").Append(form.Editor(request.CsrfToken, await members.ListGroupsAsync(cancellationToken)));
        return request.Html(html);
    }

    private async Task<IResult> PreviewPlanAsync(ConsoleRequest request, BroadcastComposeForm form, CancellationToken cancellationToken)
    {
        var draft = form.ToPlanDraft(clock);
        var preview = draft.Succeeded ? await plans.PreviewAsync(draft.Value!, request.Viewer, cancellationToken) : draft.Problem!;
        if (!preview.Succeeded)
        {
            return await ComposeAsync(request, form, preview.Problem, cancellationToken);
        }

        var html = new HtmlWriter().Open("p").Element("a", "‹ 返回广播列表", ("href", "/console/broadcasts")).Close("p");
        BroadcastPlanPreviewView.Write(html, form, draft.Value!, preview.Value!, PreviewField, request.CsrfToken, clock.Zone);
        html.Element("h2", "修改").Append(form.Editor(request.CsrfToken, await members.ListGroupsAsync(cancellationToken)));
        return request.Html(html);
    }

    private async Task<IResult> CreatePlanAsync(ConsoleRequest request, BroadcastComposeForm form, string? previewId, CancellationToken cancellationToken)
    {
        if (await TakePreviewAsync(previewId, "创建", cancellationToken) is { } refused)
        {
            await request.AuditAsync("创建定期广播（未执行）", refused, cancellationToken);
            return request.BadRequest(refused);
        }

        var draft = form.ToPlanDraft(clock);
        var created = draft.Succeeded ? await plans.CreateAsync(draft.Value!, request.Viewer, cancellationToken) : draft.Problem!;
        if (!created.Succeeded)
        {
            await request.AuditAsync("创建定期广播（未执行）", $"{form.Rhythm}：{created.Problem}", cancellationToken);
            return await ComposeAsync(request, form, created.Problem, cancellationToken);
        }

        var (plan, scheduled, _, _) = created.Value!;
        var detail = $"定期广播 #{plan.Number}：{BroadcastPlanTexts.Rhythm(plan.Recurrence)} {BroadcastPlanService.AudienceLabel(plan.Audience)}";
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

    private async Task<IResult> SendAsync(ConsoleRequest request, BroadcastComposeForm form, string? previewId, CancellationToken cancellationToken)
    {
        if (await TakePreviewAsync(previewId, "发送", cancellationToken) is { } refused)
        {
            return request.BadRequest(refused);
        }

        var draft = form.ToDraft(clock.Zone);
        var sent = draft.Succeeded ? await broadcasts.SendAsync(draft.Value!, request.Viewer, cancellationToken) : draft.Problem!;
        if (!sent.Succeeded)
        {
            return await ComposeAsync(request, form, sent.Problem, cancellationToken);
        }

        var broadcast = sent.Value!.Broadcast;
        var when = broadcast.ScheduledAt is { } at ? $"，定时 {ConsoleFormat.DateTime(at, clock.Zone)}" : string.Empty;
        await request.AuditAsync("发送广播", $"{BroadcastFormat.Title(broadcast.Number)}：{broadcast.AudienceLabel}，{broadcast.RecipientIds.Count}人{when}", cancellationToken);
        return ConsoleRequest.Redirect(BroadcastFormat.Link(broadcast.Number) + "?done=sent");
    }

    private async Task<IResult> RemindAsync(ConsoleRequest request, int number, CancellationToken cancellationToken) =>
        await FollowUpAsync(request, number, "催收广播", await broadcasts.RemindAsync(number, request.Viewer, cancellationToken),
            reminded => ($"第{reminded.Reminder}次，{reminded.Recipients.Count}人", $"done=reminded&count={reminded.Recipients.Count}"), cancellationToken);

    private async Task<IResult> ResendAsync(ConsoleRequest request, int number, CancellationToken cancellationToken) =>
        await FollowUpAsync(request, number, "补发广播", await broadcasts.ResendAsync(number, request.Viewer, cancellationToken),
            resent => ($"第{resent.Resend}次，{resent.Recipients.Count}人", $"done=resent&count={resent.Recipients.Count}"), cancellationToken);

    private async Task<IResult> WithdrawAsync(ConsoleRequest request, int number, CancellationToken cancellationToken) =>
        await FollowUpAsync(request, number, "撤回广播", await broadcasts.WithdrawAsync(number, request.Viewer, cancellationToken),
            withdrawn => ($"取消{withdrawn.Cancelled}条，已送达{withdrawn.AlreadySent}人", $"done=withdrawn&cancelled={withdrawn.Cancelled}&sent={withdrawn.AlreadySent}"),
            cancellationToken);

    /// <summary>
    /// The end of an action on one broadcast: refused, it is audited as not done and the detail page shows why; done,
    /// it is audited with <paramref name="describe"/>'s detail and the browser is sent to the detail page with its query.
    /// </summary>
    private async Task<IResult> FollowUpAsync<T>(
        ConsoleRequest request, int number, string action, Outcome<T> outcome, Func<T, (string Detail, string Query)> describe, CancellationToken cancellationToken)
    {
        var title = BroadcastFormat.Title(number);
        if (!outcome.Succeeded)
        {
            await request.AuditAsync($"{action}（未执行）", $"{title}：{outcome.Problem}", cancellationToken);
            return await DetailAsync(request, number, outcome.Problem, cancellationToken);
        }

        var (detail, query) = describe(outcome.Value!);
        await request.AuditAsync(action, $"{title}：{detail}", cancellationToken);
        return ConsoleRequest.Redirect($"{BroadcastFormat.Link(number)}?{query}");
    }

    private async Task<IResult> ExportAsync(ConsoleRequest request, CancellationToken cancellationToken)
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
