using System.Globalization;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Time;
using BranchBot.WebConsole.Html;

namespace BranchBot.WebConsole.Pages;

/// <summary>
/// 会议: a month as calendar and list; each meeting with attendance by name and its editable 会议记录; and 补录会议,
/// entering a meeting already held so the 台账 is complete.
/// </summary>
public sealed class MeetingsPage(
    IMeetingStore store, MeetingService meetings, AttendanceService attendance, RecordedMeetingService recorder, IMembershipStore members,
    BranchClock clock) : IConsolePage
{
    public string Slug => "meetings";

    public string Title => "会议";

    public int Order => 20;

    public Task<IResult> GetAsync(ConsoleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Action switch
        {
            null => MonthAsync(request, cancellationToken),
            "detail" => DetailAsync(request, request.Query("id"), problem: null, cancellationToken),
            "record" => RecordFormAsync(request, new MeetingRecordForm(), problem: null, cancellationToken),
            _ => Task.FromResult(request.NotFound()),
        };
    }

    public async Task<IResult> PostAsync(ConsoleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Action == "record")
        {
            return await RecordAsync(request, cancellationToken);
        }

        if (request.Action != "minutes")
        {
            return request.NotFound();
        }

        var form = await request.Http.Request.ReadFormAsync(cancellationToken);
        var id = form["id"].FirstOrDefault() ?? string.Empty;
        // Browsers send a textarea's line breaks as CRLF; minutes typed in chat use LF, so both read the same.
        var text = (form["minutes"].FirstOrDefault() ?? string.Empty).ReplaceLineEndings("\n");
        var saved = await meetings.AddMinutesAsync(id, text, request.Viewer, cancellationToken);
        if (!saved.Succeeded)
        {
            return await DetailAsync(request, id, saved.Problem, cancellationToken);
        }

        await request.AuditAsync("编辑会议记录", $"{ConsoleFormat.KindAndTopic(saved.Value!)}（{id}）", cancellationToken);
        return ConsoleRequest.Redirect($"{ConsoleFormat.MeetingLink(saved.Value!)}&saved=1");
    }

    private async Task<IResult> RecordAsync(ConsoleRequest request, CancellationToken cancellationToken)
    {
        var form = MeetingRecordForm.Read(await request.Http.Request.ReadFormAsync(cancellationToken));
        var (draft, problem) = form.ToDraft(clock.Zone);
        if (draft is null)
        {
            return await RecordFormAsync(request, form, problem, cancellationToken);
        }

        var recorded = await recorder.RecordAsync(draft, request.Viewer, cancellationToken);
        if (!recorded.Succeeded)
        {
            return await RecordFormAsync(request, form, recorded.Problem, cancellationToken);
        }

        var meeting = recorded.Value!.Meeting;
        await request.AuditAsync(
            "补录会议",
            $"{ConsoleFormat.KindAndTopic(meeting)} {ConsoleFormat.DateTime(meeting.StartsAt, clock.Zone)}，出席{recorded.Value.Attended.Count}人，请假{recorded.Value.OnLeave.Count}人（{meeting.Id}）",
            cancellationToken);
        return ConsoleRequest.Redirect($"{ConsoleFormat.MeetingLink(meeting)}&recorded=1");
    }

    private async Task<IResult> RecordFormAsync(ConsoleRequest request, MeetingRecordForm form, string? problem, CancellationToken cancellationToken)
    {
        var roster = (await members.ListMembersAsync(cancellationToken)).Where(m => m.IsActive).ToList();
        var groups = (await members.ListGroupsAsync(cancellationToken)).OrderBy(g => g.Name, StringComparer.Ordinal).ToList();
        var html = new HtmlWriter().Element("h2", "补录会议");
        form.Write(html, request.CsrfToken, roster, groups, problem, clock.Now);
        return request.Html(html, problem is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private async Task<IResult> MonthAsync(ConsoleRequest request, CancellationToken cancellationToken)
    {
        var (year, month) = ReadMonth(request.Query("month"));
        var period = CompliancePeriods.Month(year, month, clock.Zone);
        var list = await store.ListStartingBetweenAsync(period.Start, period.End, cancellationToken);
        var previous = new DateOnly(year, month, 1).AddMonths(-1);
        var next = new DateOnly(year, month, 1).AddMonths(1);
        var html = new HtmlWriter().Open("div", ("class", "toolbar"))
            .Element("a", "‹ 上个月", ("class", "button secondary"), ("href", "/console/meetings?month=" + MonthKey(previous)))
            .Element("strong", period.Label, ("id", "month"))
            .Element("a", "下个月 ›", ("class", "button secondary"), ("href", "/console/meetings?month=" + MonthKey(next)))
            .Element("a", "补录会议", ("class", "button"), ("id", "record-link"), ("href", "/console/meetings/record"))
            .Close("div");
        WriteCalendar(html, year, month, list);
        html.Element("h2", $"{period.Label}会议列表");
        if (list.Count == 0)
        {
            return request.Html(html.Element("p", "这个月没有会议。", ("class", "muted")));
        }

        html.Open("table", ("id", "meeting-list")).Open("tr").Element("th", "时间").Element("th", "会议").Element("th", "地点").Element("th", "状态").Close("tr");
        foreach (var meeting in list)
        {
            html.Open("tr")
                .Element("td", ConsoleFormat.DateTime(meeting.StartsAt, clock.Zone))
                .Open("td").Element("a", ConsoleFormat.KindAndTopic(meeting), ("href", ConsoleFormat.MeetingLink(meeting))).Close("td")
                .Element("td", meeting.Place ?? "—")
                .Element("td", StateOf(meeting))
                .Close("tr");
        }

        return request.Html(html.Close("table"));
    }

    private void WriteCalendar(HtmlWriter html, int year, int month, IReadOnlyList<Meeting> list)
    {
        var first = new DateOnly(year, month, 1);
        var today = DateOnly.FromDateTime(clock.Now.DateTime);
        var start = first.AddDays(-(((int)first.DayOfWeek + 6) % 7));
        var byDay = list.ToLookup(m => DateOnly.FromDateTime(clock.ToLocal(m.StartsAt).DateTime));
        html.Open("table", ("class", "calendar")).Open("tr");
        foreach (var day in new[] { "一", "二", "三", "四", "五", "六", "日" })
        {
            html.Element("th", "星期" + day);
        }

        html.Close("tr");
        for (var day = start; day < first.AddMonths(1) || day.DayOfWeek != DayOfWeek.Monday; day = day.AddDays(1))
        {
            if (day.DayOfWeek == DayOfWeek.Monday)
            {
                html.Open("tr");
            }

            var cellClass = day.Month != month ? "outside" : day == today ? "today" : null;
            html.Open("td", ("class", cellClass)).Text(day.Day.ToString(CultureInfo.InvariantCulture));
            foreach (var meeting in byDay[day])
            {
                html.Element("a", $"{clock.ToLocal(meeting.StartsAt):HH:mm} {ConsoleFormat.KindAndTopic(meeting)}",
                    ("href", ConsoleFormat.MeetingLink(meeting)), ("class", meeting.IsCancelled ? "cancelled" : null));
            }

            html.Close("td");
            if (day.DayOfWeek == DayOfWeek.Sunday)
            {
                html.Close("tr");
            }
        }

        html.Close("table");
    }

    private async Task<IResult> DetailAsync(ConsoleRequest request, string? id, string? problem, CancellationToken cancellationToken)
    {
        var meeting = id is null ? null : await meetings.FindByIdAsync(id, cancellationToken);
        if (meeting is null)
        {
            return request.NotFound();
        }

        var html = new HtmlWriter().Element("h2", ConsoleFormat.KindAndTopic(meeting));
        if (request.Query("saved") == "1" && problem is null)
        {
            html.Element("p", "会议记录已保存。", ("class", "notice"));
        }

        if (request.Query("recorded") == "1")
        {
            html.Element("p", "已补录这次会议，已计入台账和出勤统计。", ("class", "notice"));
        }

        html.Open("table", ("id", "meeting"))
            .Open("tr").Element("th", "时间").Element("td", $"{ConsoleFormat.DateTime(meeting.StartsAt, clock.Zone)} — {clock.ToLocal(meeting.EndsAt):HH:mm}").Close("tr")
            .Open("tr").Element("th", "地点").Element("td", meeting.Place ?? "—").Close("tr")
            .Open("tr").Element("th", "状态").Element("td", StateOf(meeting)).Close("tr")
            .Open("tr").Element("th", "登记方式").Element("td", meeting.RecordedAfterwards ? "补录（会后登记）" : "会前安排").Close("tr")
            .Close("table");

        var summary = await attendance.SummarizeAsync(meeting.Id, cancellationToken);
        if (summary.Succeeded)
        {
            var s = summary.Value!;
            html.Element("h2", $"出勤（出勤率 {s.AttendanceRateText}）")
                .Open("table", ("id", "attendance"), ("class", "names"))
                .Open("tr").Element("th", $"已签到（{s.Attended.Count}）").Element("td", ConsoleFormat.Names(s.Attended)).Close("tr")
                .Open("tr").Element("th", $"请假（{s.OnLeave.Count}）").Element("td", ConsoleFormat.Names(s.OnLeave)).Close("tr")
                .Open("tr").Element("th", $"请假待批（{s.LeavePending.Count}）").Element("td", ConsoleFormat.Names(s.LeavePending)).Close("tr")
                .Open("tr", ("class", s.Absent.Count > 0 && meeting.StartsAt <= clock.UtcNow ? "gap" : null))
                .Element("th", $"缺席/未签到（{s.Absent.Count}）").Element("td", ConsoleFormat.Names(s.Absent)).Close("tr")
                .Close("table");
        }

        html.Element("h2", "会议记录");
        if (problem is not null)
        {
            html.Element("p", problem, ("class", "problem"));
        }

        if (meeting.StartsAt > clock.UtcNow)
        {
            html.Element("p", "会议开始后可以在这里填写会议记录。", ("class", "muted"));
            return request.Html(html, problem is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
        }

        html.Open("form", ("method", "post"), ("action", "/console/meetings/minutes"), ("id", "minutes-form"))
            .Csrf(request.CsrfToken)
            .Open("input", ("type", "hidden"), ("name", "id"), ("value", meeting.Id))
            .Element("textarea", meeting.Minutes, ("name", "minutes"), ("id", "minutes"), ("maxlength", "20000"))
            .Element("button", "保存会议记录", ("type", "submit"))
            .Close("form");
        return request.Html(html, problem is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private string StateOf(Meeting meeting) =>
        meeting.IsCancelled ? "已取消" : meeting.EndsAt <= clock.UtcNow ? (meeting.Minutes is null ? "已召开（无记录）" : "已召开") : meeting.StartsAt <= clock.UtcNow ? "进行中" : "待召开";

    private (int Year, int Month) ReadMonth(string? text) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && parsed.Year is >= 2000 and <= 2200
            ? (parsed.Year, parsed.Month)
            : (clock.Now.Year, clock.Now.Month);

    private static string MonthKey(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
