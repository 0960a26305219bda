using BranchBot.Core.Meetings;
using BranchBot.Scheduling;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static BranchBot.Tests.Scheduling.SchedulerScenario;

namespace BranchBot.Tests.Scheduling;

public class AfterMeetingTests
{
    [Fact]
    public async Task Absentees_get_a_make_up_notice_and_the_secretary_the_attendance_summary()
    {
        await using var bot = new SchedulerBot();
        var (secretary, zhang, li) = Branch(bot);
        var wang = bot.Bot.JoinedMember(secretary, "wang", "王五", "第一党小组");
        var meeting = await bot.ArrangeAsync(GeneralMeeting());
        var attendance = bot.Services.GetRequiredService<AttendanceService>();

        // 李四 asks for leave and the secretary approves; 王五 asks too but is denied.
        Assert.True((await attendance.RequestLeaveAsync(await bot.MemberAsync("li"), "出差", meeting.Id, CancellationToken.None)).Succeeded);
        Assert.True((await attendance.RequestLeaveAsync(await bot.MemberAsync("wang"), "有事", meeting.Id, CancellationToken.None)).Succeeded);
        var me = await bot.MemberAsync("secretary");
        Assert.True((await attendance.DecideLeaveAsync(meeting.Id, (await bot.MemberAsync("li")).Id, true, me, CancellationToken.None)).Succeeded);
        Assert.True((await attendance.DecideLeaveAsync(meeting.Id, (await bot.MemberAsync("wang")).Id, false, me, CancellationToken.None)).Succeeded);

        // 书记 and 张三 check in once the window is open.
        await bot.RunUntilAsync(MeetingStart.AddMinutes(-5));
        Assert.True((await attendance.CheckInAsync(me, null, null, CancellationToken.None)).Succeeded);
        Assert.True((await attendance.CheckInAsync(await bot.MemberAsync("zhang"), null, null, CancellationToken.None)).Succeeded);
        foreach (var person in new[] { secretary, zhang, li, wang })
        {
            Take(bot, person);
        }

        var outcomes = await bot.RunUntilAsync(MeetingStart.AddHours(2));

        Assert.Equal([("after", MeetingEventOutcome.Sent)], outcomes);
        wang.ExpectNotification("【补学提醒】你没有参加2026年11月26日（星期四）15:00的党员大会（主题：学习党章）");
        Assert.Contains("支部录入会议记录后会发给你（也可发送「往期会议」查看）", wang.LastReplyText, StringComparison.Ordinal);
        Assert.Empty(Take(bot, zhang));
        Assert.Empty(Take(bot, li));
        var summary = Assert.Single(Take(bot, secretary));
        Assert.Contains("应到4人，实到2人，请假1人，请假待审批0人，缺席1人；出勤率66.7%（出席2/3，请假1人不计入）。", summary, StringComparison.Ordinal);
        Assert.Contains("缺席：王五", summary, StringComparison.Ordinal);
        Assert.Contains("请假：李四", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_after_meeting_event_runs_once_even_when_fired_twice()
    {
        await using var bot = new SchedulerBot();
        var (secretary, zhang, _) = Branch(bot);
        var meeting = await bot.ArrangeAsync(GeneralMeeting());
        await bot.RunUntilAsync(MeetingStart.AddHours(2));
        Take(bot, zhang);
        Take(bot, secretary);

        var again = await bot.Services.GetRequiredService<MeetingEventRunner>().RunAsync(meeting.Id, 0, "after", CancellationToken.None);

        Assert.Equal(MeetingEventOutcome.AlreadySent, again);
        Assert.Empty(Take(bot, zhang));
        Assert.Empty(Take(bot, secretary));
    }

    /// <summary>张三 and the 书记 sign in, 李四 is on approved leave, 王五 stays away; returns the meeting and 王五.</summary>
    private static async Task<(Meeting Meeting, ConversationScript Wang)> HeldWithAnAbsenteeAsync(SchedulerBot bot, ConversationScript secretary)
    {
        var wang = bot.Bot.JoinedMember(secretary, "wang", "王五", "第一党小组");
        var meeting = await bot.ArrangeAsync(GeneralMeeting());
        var attendance = bot.Services.GetRequiredService<AttendanceService>();
        var me = await bot.MemberAsync("secretary");
        Assert.True((await attendance.RequestLeaveAsync(await bot.MemberAsync("li"), "出差", meeting.Id, CancellationToken.None)).Succeeded);
        Assert.True((await attendance.DecideLeaveAsync(meeting.Id, (await bot.MemberAsync("li")).Id, true, me, CancellationToken.None)).Succeeded);
        await bot.RunUntilAsync(MeetingStart.AddMinutes(-5));
        Assert.True((await attendance.CheckInAsync(me, null, null, CancellationToken.None)).Succeeded);
        Assert.True((await attendance.CheckInAsync(await bot.MemberAsync("zhang"), null, null, CancellationToken.None)).Succeeded);
        return (meeting, wang);
    }

    private static async Task SaveMinutesAsync(SchedulerBot bot, Meeting meeting, string text) =>
        Assert.True((await bot.Services.GetRequiredService<MeetingService>().AddMinutesAsync(meeting.Id, text, await bot.MemberAsync("secretary"), CancellationToken.None)).Succeeded);

    [Fact]
    public async Task Minutes_saved_after_the_meeting_reach_those_who_did_not_attend_once()
    {
        await using var bot = new SchedulerBot();
        var (secretary, zhang, li) = Branch(bot);
        var (meeting, wang) = await HeldWithAnAbsenteeAsync(bot, secretary);
        await bot.RunUntilAsync(MeetingStart.AddHours(2));
        Assert.Contains(Take(bot, wang), text => text.StartsWith("【补学提醒】", StringComparison.Ordinal) && text.Contains("支部录入会议记录后会发给你", StringComparison.Ordinal));
        foreach (var person in new[] { secretary, zhang, li })
        {
            Take(bot, person);
        }

        await SaveMinutesAsync(bot, meeting, "传达了上级精神，讨论了发展对象");

        const string Expected = "【会议记录】2026年11月26日（星期四）15:00的党员大会（主题：学习党章）的会议记录已录入。你没有参加这次会议，请据此补学：\n传达了上级精神，讨论了发展对象";
        Assert.Equal([Expected], Take(bot, wang));
        Assert.Equal([Expected], Take(bot, li));
        Assert.Empty(Take(bot, zhang));
        Assert.Empty(Take(bot, secretary));

        await SaveMinutesAsync(bot, meeting, "传达了上级精神，讨论了两名发展对象");
        Assert.Empty(Take(bot, wang));
        Assert.Empty(Take(bot, li));
    }

    [Fact]
    public async Task Minutes_saved_before_the_make_up_notice_go_with_it_and_to_those_on_leave()
    {
        await using var bot = new SchedulerBot();
        var (secretary, zhang, li) = Branch(bot);
        var (meeting, wang) = await HeldWithAnAbsenteeAsync(bot, secretary);
        await bot.RunUntilAsync(MeetingStart.AddMinutes(20));
        foreach (var person in new[] { secretary, zhang, li, wang })
        {
            Take(bot, person);
        }

        await SaveMinutesAsync(bot, meeting, "传达了上级精神");
        Assert.Empty(Take(bot, li));
        Assert.Empty(Take(bot, wang));

        await bot.RunUntilAsync(MeetingStart.AddHours(2));
        var notice = Assert.Single(Take(bot, wang));
        Assert.StartsWith("【补学提醒】", notice, StringComparison.Ordinal);
        Assert.EndsWith("请根据下面的会议记录及时补学，如有疑问请联系支部书记。\n会议记录：\n传达了上级精神", notice, StringComparison.Ordinal);
        Assert.StartsWith("【会议记录】", Assert.Single(Take(bot, li)), StringComparison.Ordinal);
        Assert.Empty(Take(bot, zhang));

        await SaveMinutesAsync(bot, meeting, "传达了上级精神，讨论了发展对象");
        Assert.Empty(Take(bot, wang));
        Assert.Empty(Take(bot, li));
    }
}
