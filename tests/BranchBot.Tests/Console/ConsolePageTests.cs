using System.Net;
using System.Text;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Talks;
using BranchBot.Core.WebConsole;
using BranchBot.Tests.Support;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Console;

public class ConsolePageTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public async Task The_meetings_page_shows_the_month_calendar_and_a_meeting_with_attendance_by_name()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var zhang = await app.AddMemberAsync(secretary, "张三");
        await app.AddMemberAsync(secretary, "李四");
        await BranchSetUp.BackdateAsync(app.Services, BranchSetUp.StartOf2026);
        var held = await app.SaveMeetingAsync(MeetingKind.GeneralMeeting, new DateTimeOffset(2026, 11, 20, 14, 30, 0, Beijing), "学习党章", secretary.Id);
        await app.CheckInAsync(held, zhang);
        await app.CheckInAsync(held, secretary);
        await app.SaveMeetingAsync(MeetingKind.CommitteeMeeting, new DateTimeOffset(2026, 11, 30, 9, 0, 0, Beijing), "研究<script>alert(1)</script>发展党员", secretary.Id);
        using var client = await app.SignedInAsync(secretary);

        var (status, month) = await client.GetPageAsync("/console/meetings?month=2026-11");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("2026年11月", month, StringComparison.Ordinal);
        Assert.Contains("14:30 党员大会：学习党章", month, StringComparison.Ordinal);
        Assert.Contains("研究&lt;script&gt;alert(1)&lt;/script&gt;发展党员", month, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", month, StringComparison.Ordinal);

        var (detailStatus, detail) = await client.GetPageAsync("/console/meetings/detail?id=" + held.Id);
        Assert.Equal(HttpStatusCode.OK, detailStatus);
        Assert.Contains("已签到（2）</th><td>张三、王书记</td>", detail, StringComparison.Ordinal);
        Assert.Contains("缺席/未签到（1）</th><td>李四</td>", detail, StringComparison.Ordinal);
        Assert.Contains("出勤率 66.7%", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Minutes_edited_in_the_console_are_stored_on_the_meeting_and_audited()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var held = await app.SaveMeetingAsync(MeetingKind.GeneralMeeting, new DateTimeOffset(2026, 11, 20, 14, 30, 0, Beijing), "学习党章", secretary.Id);
        using var client = await app.SignedInAsync(secretary);
        var (_, detail) = await client.GetPageAsync("/console/meetings/detail?id=" + held.Id);

        using var saved = await client.PostAsync(new Uri("/console/meetings/minutes", UriKind.Relative), new FormUrlEncodedContent(
            [new("csrf", ConsoleTestSupport.CsrfIn(detail)), new("id", held.Id), new("minutes", "一、学习党章第一章。\n二、讨论<发展>计划。")]));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await app.Services.GetRequiredService<IMeetingStore>().GetAsync(held.Id, CancellationToken.None);
        Assert.Equal("一、学习党章第一章。\n二、讨论<发展>计划。", stored!.Minutes);
        var (_, after) = await client.GetPageAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("会议记录已保存", after, StringComparison.Ordinal);
        Assert.Contains("二、讨论&lt;发展&gt;计划。</textarea>", after, StringComparison.Ordinal);
        var audit = await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(5, CancellationToken.None);
        Assert.Contains(audit, e => e.Action == "编辑会议记录" && e.Detail!.Contains(held.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Empty_minutes_are_refused_with_a_chinese_problem_and_nothing_changes()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var held = await app.SaveMeetingAsync(MeetingKind.GeneralMeeting, new DateTimeOffset(2026, 11, 20, 14, 30, 0, Beijing), "学习党章", secretary.Id);
        using var client = await app.SignedInAsync(secretary);
        var (_, detail) = await client.GetPageAsync("/console/meetings/detail?id=" + held.Id);

        using var refused = await client.PostAsync(new Uri("/console/meetings/minutes", UriKind.Relative), new FormUrlEncodedContent(
            [new("csrf", ConsoleTestSupport.CsrfIn(detail)), new("id", held.Id), new("minutes", "   ")]));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("会议记录不能为空", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await app.Services.GetRequiredService<IMeetingStore>().GetAsync(held.Id, CancellationToken.None))!.Minutes);
    }

    [Fact]
    public async Task The_ledger_page_highlights_gaps_and_draws_the_monthly_attendance_chart()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        await app.AddMemberAsync(secretary, "李委员", MemberRole.Committee);
        await BranchSetUp.BackdateAsync(app.Services, BranchSetUp.StartOf2026);
        var held = await app.SaveMeetingAsync(MeetingKind.CommitteeMeeting, new DateTimeOffset(2026, 10, 12, 9, 0, 0, Beijing), "研究工作", secretary.Id);
        await app.CheckInAsync(held, secretary);
        using var client = await app.SignedInAsync(secretary);

        var (status, page) = await client.GetPageAsync("/console/ledger?year=2026");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<tr class=\"gap\"><td>2026年9月</td>", page, StringComparison.Ordinal);
        Assert.Contains("<tr><td>2026年10月</td><td>—</td><td>1</td><td>1</td><td>0</td><td>达标</td></tr>", page, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"chart\" id=\"attendance-chart\"", page, StringComparison.Ordinal);
        Assert.Contains("<title>10月 50%</title>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Periods_before_the_branch_was_set_up_are_greyed_not_counted_as_gaps_on_the_page_and_in_the_export()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        await app.AddMemberAsync(secretary, "李委员", MemberRole.Committee);
        using var client = await app.SignedInAsync(secretary);

        var (status, page) = await client.GetPageAsync("/console/ledger?year=2026");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<tr class=\"before-setup\"><td>2026年9月</td><td>—</td><td>1</td><td>0</td><td>0</td><td>启用前（可补录）</td></tr>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<tr class=\"gap\">", page, StringComparison.Ordinal);
        Assert.Contains("没有未达标的期间。", page, StringComparison.Ordinal);
        Assert.Contains("在支部启用本系统之前（灰色标出），不计为未达标", page, StringComparison.Ordinal);

        using var response = await client.GetAsync(new Uri("/console/ledger/export?year=2026", UriKind.Relative));
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var rows = workbook.Worksheet("汇总").RowsUsed().ToList();
        Assert.Contains(rows, r => r.Cell(1).GetString() == "支委会" && r.Cell(2).GetString() == "2026年9月" && r.Cell(7).GetString() == "启用前（可补录）");
        Assert.DoesNotContain(rows, r => r.Cell(7).GetString() == "未达标");
    }

    [Fact]
    public async Task The_ledger_export_is_a_workbook_with_a_summary_and_one_sheet_per_kind()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var zhang = await app.AddMemberAsync(secretary, "张三");
        await app.AddMemberAsync(secretary, "李委员", MemberRole.Committee);
        await BranchSetUp.BackdateAsync(app.Services, BranchSetUp.StartOf2026);
        var held = await app.SaveMeetingAsync(MeetingKind.GeneralMeeting, new DateTimeOffset(2026, 11, 20, 14, 30, 0, Beijing), "=HYPERLINK(\"x\")", secretary.Id);
        await app.CheckInAsync(held, zhang);
        await app.Services.GetRequiredService<MeetingService>().AddMinutesAsync(held.Id, "学习了党章。", secretary, CancellationToken.None);
        using var client = await app.SignedInAsync(secretary);

        using var response = await client.GetAsync(new Uri("/console/ledger/export?year=2026", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var summary = workbook.Worksheet("汇总");
        Assert.Equal("会议", summary.Cell(1, 1).GetString());
        Assert.Contains(summary.RowsUsed(), r => r.Cell(1).GetString() == "党员大会" && r.Cell(2).GetString() == "2026年第四季度" && r.Cell(5).GetString() == "1");
        Assert.Contains(summary.RowsUsed(), r => r.Cell(1).GetString() == "支委会" && r.Cell(7).GetString() == "未达标");
        var general = workbook.Worksheet("党员大会");
        Assert.Equal("日期", general.Cell(1, 1).GetString());
        Assert.Equal(new DateTime(2026, 11, 20, 14, 30, 0), general.Cell(2, 1).GetDateTime());
        Assert.Equal("=HYPERLINK(\"x\")", general.Cell(2, 2).GetString());
        Assert.False(general.Cell(2, 2).HasFormula);
        Assert.Equal("王书记", general.Cell(2, 4).GetString());
        Assert.Equal(3, general.Cell(2, 5).GetValue<int>());
        Assert.Equal(1, general.Cell(2, 6).GetValue<int>());
        Assert.Equal("张三", general.Cell(2, 9).GetString());
        Assert.Equal("李委员、王书记", general.Cell(2, 11).GetString());
        Assert.Equal("学习了党章。", general.Cell(2, 12).GetString());
        Assert.True(workbook.Worksheets.Contains("支委会"));
        var audit = await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(5, CancellationToken.None);
        Assert.Contains(audit, e => e is { Action: "导出台账", Detail: "2026年" });
    }

    [Fact]
    public async Task A_roster_upload_with_a_bad_line_writes_nothing_and_names_the_line()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        using var client = await app.SignedInAsync(secretary);
        var csv = "name,role,group\n张三,member,第一党小组\n李四,国王,第一党小组\n";

        using var response = await client.UploadRosterAsync(csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("未导入任何数据", page, StringComparison.Ordinal);
        Assert.Contains("第 3 行", page, StringComparison.Ordinal);
        var members = await app.Services.GetRequiredService<IMembershipStore>().ListMembersAsync(CancellationToken.None);
        Assert.Equal(["王书记"], members.Select(m => m.Name));
    }

    [Fact]
    public async Task A_good_roster_upload_adds_members_with_invite_codes_and_the_export_reads_back()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        using var client = await app.SignedInAsync(secretary);

        using var response = await client.UploadRosterAsync("\uFEFFname,role,group\n张三,member,第一党小组\n李四,group_leader,第一党小组\n王书记,secretary,\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("新增 2 人", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var (_, roster) = await client.GetPageAsync("/console/members");
        Assert.Contains("<td>李四</td><td>党小组长</td><td>第一党小组</td><td>未加入</td>", roster, StringComparison.Ordinal);

        using var export = await client.GetAsync(new Uri("/console/members/export", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await export.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFFname,role,group,channelId,userId\n", text, StringComparison.Ordinal);
        Assert.Contains("李四,group_leader,第一党小组,,", text, StringComparison.Ordinal);
        var audit = await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(10, CancellationToken.None);
        Assert.Contains(audit, e => e.Action == "导入名单");
        Assert.Contains(audit, e => e.Action == "导出名单");
    }

    [Fact]
    public async Task The_talks_page_shows_coverage_to_the_committee_but_talk_content_only_to_those_who_may_read_it()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var committee = await app.AddMemberAsync(secretary, "李委员", MemberRole.Committee);
        var zhang = await app.AddMemberAsync(secretary, "张三");
        var talks = app.Services.GetRequiredService<TalkRecordService>();
        var recorded = await talks.RecordTalkAsync(secretary, "张三", new TalkEntry("家里老人住院的困难", new DateOnly(2026, 11, 10)), CancellationToken.None);
        Assert.True(recorded.Succeeded, recorded.Problem?.ToString());

        using var secretaryClient = await app.SignedInAsync(secretary);
        var (status, page) = await secretaryClient.GetPageAsync("/console/talks");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"coverage\"", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"covered\">✓</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"missing\">未谈</td>", page, StringComparison.Ordinal);
        Assert.Contains("家里老人住院的困难", page, StringComparison.Ordinal);

        using var committeeClient = await app.SignedInAsync(committee);
        var (committeeStatus, committeePage) = await committeeClient.GetPageAsync("/console/talks");
        Assert.Equal(HttpStatusCode.OK, committeeStatus);
        Assert.Contains("id=\"coverage\"", committeePage, StringComparison.Ordinal);
        Assert.DoesNotContain("家里老人住院的困难", committeePage, StringComparison.Ordinal);
        Assert.Contains("只有支部书记可以查看这些内容", committeePage, StringComparison.Ordinal);
        Assert.NotNull(zhang);
    }

    [Fact]
    public async Task The_overview_shows_this_months_status_and_upcoming_meetings()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        await app.SaveMeetingAsync(MeetingKind.ThemedPartyDay, new DateTimeOffset(2026, 11, 28, 9, 0, 0, Beijing), "参观红色教育基地", secretary.Id);
        using var client = await app.SignedInAsync(secretary);

        var (status, page) = await client.GetPageAsync("/console");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("本月和本季度组织生活", page, StringComparison.Ordinal);
        Assert.Contains("<td>主题党日</td><td>2026年11月</td>", page, StringComparison.Ordinal);
        Assert.Contains("主题党日：参观红色教育基地", page, StringComparison.Ordinal);
        Assert.Contains("没有待办的走访任务", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_console_command_answers_committee_members_with_a_link_and_refuses_members()
    {
        await using var app = new BranchBotApplication(new Dictionary<string, string?> { ["BranchBot:PublicUrl"] = "https://bot.example.org" });
        var secretary = await app.ClaimedBranchAsync();
        var code = (await app.Services.GetRequiredService<MembershipService>().AddMemberAsync("张三", null, CancellationToken.None)).Value!.Invite.Code;
        var client = app.CreateClient();

        var link = await client.SayAsync(app, "控制台", "secretary");
        Assert.Contains("https://bot.example.org/console/login?token=cl1.", link, StringComparison.Ordinal);
        Assert.Contains("10分钟内有效", link, StringComparison.Ordinal);
        await client.SayAsync(app, $"加入 {code}", "zhang");
        Assert.Contains("只有书记、副书记和支委可以使用", await client.SayAsync(app, "控制台", "zhang"), StringComparison.Ordinal);
        Assert.Contains("导出台账", await client.SayAsync(app, "导出台账", "secretary"), StringComparison.Ordinal);
        Assert.NotNull(secretary);
    }
}
