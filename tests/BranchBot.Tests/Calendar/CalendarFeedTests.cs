using System.Text;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static BranchBot.Tests.Calendar.CalendarTestSupport;

namespace BranchBot.Tests.Calendar;

public class CalendarFeedTests
{
    private static readonly DateTimeOffset FirstOfDecember = new(2026, 12, 1, 15, 0, 0, Beijing);

    [Fact]
    public async Task The_feed_names_the_branch_and_its_time_zone()
    {
        await using var bot = new BotHarness();
        var token = bot.ClaimedBranch().CalendarToken();

        var calendar = Parse(await bot.FeedAsync(token));

        Assert.Equal("机关第一党支部 组织生活", calendar.Properties["X-WR-CALNAME"]?.Value);
        Assert.Equal("Asia/Shanghai", calendar.Properties["X-WR-TIMEZONE"]?.Value);
        Assert.Equal("2.0", calendar.Version);
        Assert.Contains("BranchBot", calendar.ProductId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_meeting_becomes_an_event_with_its_time_place_topic_and_revision()
    {
        await using var bot = new BotHarness();
        var token = bot.ClaimedBranch().CalendarToken();
        var meeting = await bot.SaveAsync(Meeting(MeetingKind.ThemedPartyDay, FirstOfDecember) with { Revision = 3 });

        var ics = await bot.FeedAsync(token);
        var calendarEvent = Assert.Single(Parse(ics).Events);

        Assert.Equal($"{meeting.Id}@branchbot", calendarEvent.Uid);
        Assert.Equal(3, calendarEvent.Sequence);
        Assert.Equal("主题党日：学习党章", calendarEvent.Summary);
        Assert.Equal("三楼会议室", calendarEvent.Location);
        Assert.Equal("CONFIRMED", calendarEvent.Status);
        // Written in UTC: 15:00 in Beijing is 07:00Z, and converts back to 15:00 local.
        Assert.Contains("DTSTART:20261201T070000Z\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND:20261201T090000Z\r\n", ics, StringComparison.Ordinal);
        Assert.True(calendarEvent.DtStart!.IsUtc);
        Assert.Equal(new DateTime(2026, 12, 1, 7, 0, 0, DateTimeKind.Utc), calendarEvent.DtStart.AsUtc);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        Assert.Equal(new DateTime(2026, 12, 1, 15, 0, 0), TimeZoneInfo.ConvertTimeFromUtc(calendarEvent.DtStart.AsUtc, zone));
        Assert.Equal(new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc), calendarEvent.DtEnd!.AsUtc);
        Assert.Contains("DTSTAMP:20261125T020000Z\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("参加对象：全体党员", calendarEvent.Description, StringComparison.Ordinal);
        Assert.Contains("会前30分钟至会后30分钟内，向机器人发送「签到」", calendarEvent.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminders_follow_the_configured_offsets()
    {
        await using var bot = new BotHarness();
        var token = bot.ClaimedBranch().CalendarToken();
        await bot.SaveAsync(Meeting(MeetingKind.GeneralMeeting, FirstOfDecember));

        var ics = await bot.FeedAsync(token);
        var calendarEvent = Assert.Single(Parse(ics).Events);

        Assert.Equal(2, calendarEvent.Alarms.Count);
        Assert.Contains("TRIGGER:-P1D\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("TRIGGER:-PT1H\r\n", ics, StringComparison.Ordinal);
        Assert.All(calendarEvent.Alarms, alarm => Assert.Equal("DISPLAY", alarm.Action));
    }

    [Fact]
    public async Task Other_reminder_offsets_give_other_alarms()
    {
        await using var bot = new BotHarness(services => services.Configure<MeetingOptions>(o => o.ReminderOffsets = [TimeSpan.FromHours(2), TimeSpan.FromMinutes(15)]));
        var token = bot.ClaimedBranch().CalendarToken();
        await bot.SaveAsync(Meeting(MeetingKind.GeneralMeeting, FirstOfDecember));

        var ics = await bot.FeedAsync(token);

        Assert.Contains("TRIGGER:-PT2H\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("TRIGGER:-PT15M\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("TRIGGER:-P1D", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commas_semicolons_and_line_breaks_in_chinese_text_survive_the_round_trip()
    {
        await using var bot = new BotHarness();
        var token = bot.ClaimedBranch().CalendarToken();
        const string topic = "学习二十大报告, 第一章; 讨论\\交流";
        const string minutes = "一、传达文件, 全体学习;\n二、讨论发言\n三、书记总结";
        await bot.SaveAsync(Meeting(MeetingKind.PartyLecture, FirstOfDecember, topic: topic, place: "党员活动室, 二楼") with { Minutes = minutes });

        var ics = await bot.FeedAsync(token);
        var calendarEvent = Assert.Single(Parse(ics).Events);

        Assert.Contains(@"SUMMARY:党课：学习二十大报告\, 第一章\; 讨论\\交流", ics, StringComparison.Ordinal);
        Assert.Contains(@"LOCATION:党员活动室\, 二楼", ics, StringComparison.Ordinal);
        Assert.Equal("党课：" + topic, calendarEvent.Summary);
        Assert.Equal("党员活动室, 二楼", calendarEvent.Location);
        Assert.EndsWith("会议记录：\n" + minutes, calendarEvent.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Long_chinese_lines_are_folded_at_75_octets_and_read_back_whole()
    {
        await using var bot = new BotHarness();
        var token = bot.ClaimedBranch().CalendarToken();
        var minutes = string.Concat(Enumerable.Repeat("深入学习贯彻习近平新时代中国特色社会主义思想，", 12));
        await bot.SaveAsync(Meeting(MeetingKind.GeneralMeeting, FirstOfDecember, topic: "年度工作总结暨" + new string('学', 40)) with { Minutes = minutes });

        var ics = await bot.FeedAsync(token);

        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        var lines = ics!.Split("\r\n")[..^1];
        Assert.Contains(lines, line => line.StartsWith(' '));
        Assert.All(lines, line =>
        {
            var bytes = Encoding.UTF8.GetBytes(line);
            Assert.InRange(bytes.Length, 1, 75);
            _ = strict.GetString(bytes);
        });
        var calendarEvent = Assert.Single(Parse(ics).Events);
        Assert.Equal("党员大会：年度工作总结暨" + new string('学', 40), calendarEvent.Summary);
        Assert.EndsWith(minutes, calendarEvent.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_meeting_stays_in_the_feed_as_cancelled_without_alarms()
    {
        await using var bot = new BotHarness();
        var token = bot.ClaimedBranch().CalendarToken();
        await bot.SaveAsync(Meeting(MeetingKind.GeneralMeeting, FirstOfDecember) with { CancelledAt = BotHarness.Start, Revision = 1 });

        var calendarEvent = Assert.Single(Parse(await bot.FeedAsync(token)).Events);

        Assert.Equal("CANCELLED", calendarEvent.Status);
        Assert.Equal(1, calendarEvent.Sequence);
        Assert.Empty(calendarEvent.Alarms);
        Assert.StartsWith("本次会议已取消。", calendarEvent.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_committee_meeting_is_in_the_committee_feeds_only()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        var member = bot.JoinedMember(secretary, "zhang", "张三");
        var committee = await bot.SaveAsync(Meeting(MeetingKind.CommitteeMeeting, FirstOfDecember, MeetingAudience.Committee));
        var general = await bot.SaveAsync(Meeting(MeetingKind.GeneralMeeting, FirstOfDecember.AddDays(1)));

        var secretaryEvents = Parse(await bot.FeedAsync(secretary.CalendarToken())).Events.Select(e => e.Uid).ToList();
        var memberEvents = Parse(await bot.FeedAsync(member.CalendarToken())).Events.Select(e => e.Uid).ToList();

        Assert.Equal([$"{committee.Id}@branchbot", $"{general.Id}@branchbot"], secretaryEvents);
        Assert.Equal([$"{general.Id}@branchbot"], memberEvents);
    }

    [Fact]
    public async Task A_group_meeting_is_in_the_feeds_of_that_group_only()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        var first = bot.JoinedMember(secretary, "zhang", "张三", "第一党小组");
        var second = bot.JoinedMember(secretary, "li", "李四", "第二党小组");
        var groups = await bot.Membership.ListGroupsAsync(CancellationToken.None);
        var firstGroup = groups.Single(g => g.Name == "第一党小组");
        await bot.SaveAsync(Meeting(MeetingKind.GroupMeeting, FirstOfDecember, MeetingAudience.Group(firstGroup.Id)));

        var inFirst = Assert.Single(Parse(await bot.FeedAsync(first.CalendarToken())).Events);
        Assert.Contains("参加对象：党小组：第一党小组", inFirst.Description, StringComparison.Ordinal);
        Assert.Empty(Parse(await bot.FeedAsync(second.CalendarToken())).Events);
        Assert.Empty(Parse(await bot.FeedAsync(secretary.CalendarToken())).Events);
    }

    [Fact]
    public async Task The_feed_reaches_back_90_days_and_forward_without_limit()
    {
        await using var bot = new BotHarness();
        var token = bot.ClaimedBranch().CalendarToken();
        await bot.SaveAsync(Meeting(MeetingKind.GeneralMeeting, BotHarness.Start.AddDays(-91), topic: "太早"));
        await bot.SaveAsync(Meeting(MeetingKind.GeneralMeeting, BotHarness.Start.AddDays(-89), topic: "上季度"));
        await bot.SaveAsync(Meeting(MeetingKind.GeneralMeeting, BotHarness.Start.AddYears(3), topic: "三年后"));

        var summaries = Parse(await bot.FeedAsync(token)).Events.Select(e => e.Summary).ToList();

        Assert.Equal(["党员大会：上季度", "党员大会：三年后"], summaries);
    }

    [Fact]
    public async Task The_host_is_named_and_a_check_in_code_is_mentioned_but_not_revealed()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        var secretaryMember = (await bot.Membership.FindByNameAsync("王书记", CancellationToken.None))!;
        await bot.SaveAsync(Meeting(MeetingKind.GeneralMeeting, FirstOfDecember) with { HostMemberId = secretaryMember.Id, CheckInCode = "8341" });

        var ics = await bot.FeedAsync(secretary.CalendarToken());
        var calendarEvent = Assert.Single(Parse(ics).Events);

        Assert.Contains("主持人：王书记", calendarEvent.Description, StringComparison.Ordinal);
        Assert.Contains("会场公布的签到码", calendarEvent.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("8341", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_removed_members_link_stops_working()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        var token = bot.JoinedMember(secretary, "zhang", "张三").CalendarToken();
        Assert.NotNull(await bot.FeedAsync(token));

        secretary.Send("移除党员 张三").ExpectReply("确认将「张三」移出支部吗？").Send("确认").ExpectReply("已将「张三」移出支部");

        Assert.Null(await bot.FeedAsync(token));
    }

    [Fact]
    public async Task Unknown_and_malformed_tokens_open_nothing()
    {
        await using var bot = new BotHarness();
        bot.ClaimedBranch().CalendarToken();
        var secretary = (await bot.Membership.FindByNameAsync("王书记", CancellationToken.None))!;

        Assert.Null(await bot.FeedAsync(new string('A', 32)));
        Assert.Null(await bot.FeedAsync(secretary.Id));
        Assert.Null(await bot.FeedAsync("../../etc/passwd"));
        Assert.Null(await bot.FeedAsync(string.Empty));
    }

    [Fact]
    public async Task A_token_is_matched_exactly_not_ignoring_case()
    {
        await using var bot = new BotHarness();
        var token = bot.ClaimedBranch().CalendarToken();
        var swapped = new string([.. token.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c))]);
        Assert.NotEqual(token, swapped);

        Assert.Null(await bot.FeedAsync(swapped));
        Assert.NotNull(await bot.FeedAsync(token));
    }

    [Fact]
    public async Task Tokens_are_random_and_do_not_contain_the_member_id()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        var member = bot.JoinedMember(secretary, "zhang", "张三");
        var tokens = new[] { secretary.CalendarToken(), member.CalendarToken() };
        var ids = (await bot.Services.GetRequiredService<IMembershipStore>().ListMembersAsync(CancellationToken.None)).Select(m => m.Id);

        Assert.NotEqual(tokens[0], tokens[1]);
        Assert.All(tokens, token => Assert.Equal(32, token.Length));
        Assert.All(ids, id => Assert.All(tokens, token => Assert.DoesNotContain(id[2..], token, StringComparison.OrdinalIgnoreCase)));
    }
}
