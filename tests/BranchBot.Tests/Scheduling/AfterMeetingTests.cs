using BranchBot.Core.Meetings;
using BranchBot.Scheduling;
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
        Assert.Contains("发送「往期会议」可查看会议记录", wang.LastReplyText, StringComparison.Ordinal);
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
}
