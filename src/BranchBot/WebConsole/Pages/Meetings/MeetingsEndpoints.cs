using System.Globalization;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Time;
using BranchBot.WebConsole.Access;
using BranchBot.WebConsole.Wording;

namespace BranchBot.WebConsole.Pages.Meetings;

/// <summary>
/// 会议: the month at /console/meetings?month=yyyy-MM, one meeting at /console/meetings/detail?id= (its minutes posted
/// to /console/meetings/minutes), and 补录会议 at /console/meetings/record (GET the form, POST it).
/// </summary>
internal static class MeetingsEndpoints
{
    public static void Map(RouteGroupBuilder console)
    {
        console.MapGet("/meetings", (HttpContext http, string? month, BranchClock clock) =>
        {
            var (year, number) = ReadMonth(month, clock);
            return ConsoleRequest.Of(http).Page<MeetingMonthPage>(new Dictionary<string, object?> { ["Year"] = year, ["Month"] = number });
        }).WithMetadata(ConsolePageAudience.BranchReadable);
        console.MapGet("/meetings/detail", (HttpContext http, string? id, MeetingService meetings, CancellationToken cancellationToken) =>
            DetailAsync(ConsoleRequest.Of(http), id, problem: null, meetings, cancellationToken)).WithMetadata(ConsolePageAudience.BranchReadable);
        console.MapGet("/meetings/record", (HttpContext http, IMembershipStore members, BranchClock clock, CancellationToken cancellationToken) =>
            RecordFormAsync(ConsoleRequest.Of(http), new MeetingRecordForm(), problem: null, members, clock, cancellationToken));
        console.MapPost("/meetings/minutes", SaveMinutesAsync);
        console.MapPost("/meetings/record", RecordAsync);
    }

    private static async Task<IResult> SaveMinutesAsync(HttpContext http, MeetingService meetings, MeetingProblems problems, CancellationToken cancellationToken)
    {
        var request = ConsoleRequest.Of(http);
        var form = await request.FormAsync(cancellationToken);
        var id = form["id"].FirstOrDefault() ?? string.Empty;
        // Browsers send a textarea's line breaks as CRLF; minutes typed in chat use LF, so both read the same.
        var text = (form["minutes"].FirstOrDefault() ?? string.Empty).ReplaceLineEndings("\n");
        var saved = await meetings.AddMinutesAsync(id, text, request.Viewer, cancellationToken);
        if (!saved.Succeeded)
        {
            return await DetailAsync(request, id, problems.Say(saved.Problem!), meetings, cancellationToken);
        }

        await request.AuditAsync("编辑会议记录", $"{ConsoleFormat.KindAndTopic(saved.Value!)}（{id}）", cancellationToken);
        return ConsoleRequest.Redirect($"{ConsoleFormat.MeetingLink(saved.Value!)}&saved=1");
    }

    private static async Task<IResult> RecordAsync(
        HttpContext http, RecordedMeetingService recorder, MeetingProblems problems, IMembershipStore members, BranchClock clock, CancellationToken cancellationToken)
    {
        var request = ConsoleRequest.Of(http);
        var form = MeetingRecordForm.Read(await request.FormAsync(cancellationToken));
        var (draft, problem) = form.ToDraft(clock.Zone);
        if (draft is null)
        {
            return await RecordFormAsync(request, form, problem, members, clock, cancellationToken);
        }

        var recorded = await recorder.RecordAsync(draft, request.Viewer, cancellationToken);
        if (!recorded.Succeeded)
        {
            return await RecordFormAsync(request, form, problems.Say(recorded.Problem!), members, clock, cancellationToken);
        }

        var meeting = recorded.Value!.Meeting;
        await request.AuditAsync(
            "补录会议",
            $"{ConsoleFormat.KindAndTopic(meeting)} {ConsoleFormat.DateTime(meeting.StartsAt, clock.Zone)}，出席{recorded.Value.Attended.Count}人，请假{recorded.Value.OnLeave.Count}人（{meeting.Id}）",
            cancellationToken);
        return ConsoleRequest.Redirect($"{ConsoleFormat.MeetingLink(meeting)}&recorded=1");
    }

    private static async Task<IResult> RecordFormAsync(
        ConsoleRequest request, MeetingRecordForm form, string? problem, IMembershipStore members, BranchClock clock, CancellationToken cancellationToken)
    {
        var roster = (await members.ListMembersAsync(cancellationToken)).Where(m => m.IsActive).ToList();
        var groups = (await members.ListGroupsAsync(cancellationToken)).OrderBy(g => g.Name, StringComparer.Ordinal).ToList();
        return request.Page<MeetingRecordPage>(
            new Dictionary<string, object?> { ["Form"] = form, ["Roster"] = roster, ["Groups"] = groups, ["Problem"] = problem, ["LocalNow"] = clock.Now },
            problem is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> DetailAsync(ConsoleRequest request, string? id, string? problem, MeetingService meetings, CancellationToken cancellationToken)
    {
        var meeting = id is null ? null : await meetings.FindByIdAsync(id, cancellationToken);
        if (meeting is null)
        {
            return request.NotFound();
        }

        return request.Page<MeetingDetailPage>(
            new Dictionary<string, object?>
            {
                ["Meeting"] = meeting,
                ["Problem"] = problem,
                ["Saved"] = request.Query("saved") == "1" && problem is null,
                ["Recorded"] = request.Query("recorded") == "1",
            },
            problem is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private static (int Year, int Month) ReadMonth(string? text, BranchClock clock) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && parsed.Year is >= 2000 and <= 2200
            ? (parsed.Year, parsed.Month)
            : (clock.Now.Year, clock.Now.Month);
}
