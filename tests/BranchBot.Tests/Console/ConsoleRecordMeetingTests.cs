using System.Net;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.WebConsole;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Console;

/// <summary>补录会议 on the console's 会议 page; the clock is at Wed 2026-11-25 10:00 in Beijing, the day the branch is claimed.</summary>
public class ConsoleRecordMeetingTests
{
    [Fact]
    public async Task A_held_meeting_recorded_in_the_form_is_stored_with_attendance_audited_and_shown()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var zhang = await app.AddMemberAsync(secretary, "张三");
        var li = await app.AddMemberAsync(secretary, "李四");
        await app.AddMemberAsync(secretary, "赵六");
        using var client = await app.SignedInAsync(secretary);

        var (status, form) = await client.GetPageAsync("/console/meetings/record");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(
            "<input type=\"datetime-local\" name=\"start\" id=\"start\" max=\"2026-11-25T10:00\" required />",
            System.Text.RegularExpressions.Regex.Match(form, "<input type=\"datetime-local\"[^>]*>").Value);
        Assert.Contains($"<input type=\"checkbox\" name=\"attended\" value=\"{zhang.Id}\" />张三", form, StringComparison.Ordinal);
        var sentBefore = app.Connector.Calls.Count;

        using var saved = await client.PostAsync(new Uri("/console/meetings/record", UriKind.Relative), new FormUrlEncodedContent(
        [
            new("csrf", ConsoleTestSupport.CsrfIn(form)), new("kind", "党员大会"), new("start", "2026-10-15T15:00"), new("topic", "学习二十届三中全会精神"),
            new("place", "党员活动室"), new("host", secretary.Id), new("attended", secretary.Id), new("attended", zhang.Id), new("leave", li.Id),
            new("minutes", "一、传达学习。\r\n二、讨论。"),
        ]));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var location = saved.Headers.Location!.OriginalString;
        Assert.StartsWith("/console/meetings/detail?id=", location, StringComparison.Ordinal);
        var meetings = await app.Services.GetRequiredService<IMeetingStore>().ListStartingBetweenAsync(
            new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(8)), CancellationToken.None);
        var meeting = Assert.Single(meetings);
        Assert.True(meeting.RecordedAfterwards);
        Assert.Equal(("党员活动室", "一、传达学习。\n二、讨论。"), (meeting.Place, meeting.Minutes));

        var (_, detail) = await client.GetPageAsync(location);
        Assert.Contains("已补录这次会议", detail, StringComparison.Ordinal);
        Assert.Contains("补录（会后登记）", detail, StringComparison.Ordinal);
        Assert.Contains("已签到（2）</th><td>", detail, StringComparison.Ordinal);
        Assert.Contains("请假（1）</th><td>李四</td>", detail, StringComparison.Ordinal);
        Assert.Contains("缺席/未签到（1）</th><td>赵六</td>", detail, StringComparison.Ordinal);

        var audit = await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(5, CancellationToken.None);
        Assert.Contains(audit, e => e.Action == "补录会议" && e.Detail!.Contains(meeting.Id, StringComparison.Ordinal));
        var (_, ledger) = await client.GetPageAsync("/console/ledger?year=2026");
        Assert.Contains("<tr><td>2026年第四季度</td><td>—</td><td>1</td><td>1</td><td>0</td><td>达标</td></tr>", ledger, StringComparison.Ordinal);
        Assert.Equal(sentBefore, app.Connector.Calls.Count);
    }

    [Theory]
    [InlineData("", "2026-10-15T15:00", "请选择会议类型")]
    [InlineData("党员大会", "", "请填写会议召开的日期和时间")]
    [InlineData("党员大会", "2026-12-01T15:00", "还没有到")]
    [InlineData("党员大会", "2024-12-01T15:00", "补录只能记录2025年1月1日以来召开的会议")]
    public async Task Problems_are_shown_in_chinese_with_400_and_the_values_kept(string kind, string start, string problem)
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var zhang = await app.AddMemberAsync(secretary, "张三");
        using var client = await app.SignedInAsync(secretary);
        var (_, form) = await client.GetPageAsync("/console/meetings/record");

        using var refused = await client.PostAsync(new Uri("/console/meetings/record", UriKind.Relative), new FormUrlEncodedContent(
            [new("csrf", ConsoleTestSupport.CsrfIn(form)), new("kind", kind), new("start", start), new("topic", "学习<党章>"), new("attended", zhang.Id)]));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains(problem, page, StringComparison.Ordinal);
        Assert.Contains("value=\"学习&lt;党章&gt;\"", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{zhang.Id}\" checked />张三", page, StringComparison.Ordinal);
        Assert.Empty(await app.Services.GetRequiredService<IMeetingStore>().ListStartingBetweenAsync(
            BotHarness.Start.AddYears(-3), BotHarness.Start.AddYears(1), CancellationToken.None));
    }

    [Fact]
    public async Task A_record_without_attendees_is_refused()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        using var client = await app.SignedInAsync(secretary);
        var (_, form) = await client.GetPageAsync("/console/meetings/record");

        using var refused = await client.PostAsync(new Uri("/console/meetings/record", UriKind.Relative), new FormUrlEncodedContent(
            [new("csrf", ConsoleTestSupport.CsrfIn(form)), new("kind", "党课"), new("start", "2026-10-15T15:00")]));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("请至少写出一位出席的同志", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_form_token_is_refused_and_nothing_is_recorded()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        using var client = await app.SignedInAsync(secretary);

        using var refused = await client.PostAsync(new Uri("/console/meetings/record", UriKind.Relative), new FormUrlEncodedContent(
            [new("csrf", "forged"), new("kind", "党员大会"), new("start", "2026-10-15T15:00"), new("attended", secretary.Id)]));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty(await app.Services.GetRequiredService<IMeetingStore>().ListStartingBetweenAsync(
            BotHarness.Start.AddYears(-3), BotHarness.Start.AddYears(1), CancellationToken.None));
    }

    [Fact]
    public async Task The_month_page_links_to_the_record_form()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        using var client = await app.SignedInAsync(secretary);

        var (_, month) = await client.GetPageAsync("/console/meetings");

        Assert.Contains("<a class=\"button\" id=\"record-link\" href=\"/console/meetings/record\">补录会议</a>", month, StringComparison.Ordinal);
    }
}
