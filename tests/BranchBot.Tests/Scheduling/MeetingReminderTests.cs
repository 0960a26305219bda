using BranchBot.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using static BranchBot.Tests.Scheduling.SchedulerScenario;

namespace BranchBot.Tests.Scheduling;

public class MeetingReminderTests
{
    [Fact]
    public async Task Quartz_holds_one_trigger_per_meeting_event_not_per_member()
    {
        await using var bot = new SchedulerBot();
        Branch(bot);
        var meeting = await bot.ArrangeAsync(GeneralMeeting());

        var triggers = await bot.TriggersAsync();

        Assert.Equal(
            [
                $"{meeting.Id}:r0:reminder-1.00:00:00",
                $"{meeting.Id}:r0:reminder-01:00:00",
                $"{meeting.Id}:r0:checkin-open",
                $"{meeting.Id}:r0:after",
            ],
            triggers.Select(t => t.Key));
        Assert.Equal(MeetingStart.AddDays(-1), triggers[0].FiresAt);
    }

    [Fact]
    public async Task Reminders_reach_the_audience_only_with_check_in_and_leave_buttons()
    {
        await using var bot = new SchedulerBot();
        var (secretary, zhang, li) = Branch(bot);
        await bot.ArrangeAsync(GroupMeeting("第一党小组"));

        var outcomes = await bot.RunUntilAsync(MeetingStart.AddDays(-1));

        Assert.Equal([("reminder-1.00:00:00", MeetingEventOutcome.Sent)], outcomes);
        zhang.ExpectNotification("【会议提醒】党小组会将于1天后召开").WithButtons("签到", "请假");
        Assert.Contains("时间：2026年11月26日（星期四）15:00", zhang.LastReplyText, StringComparison.Ordinal);
        Assert.Empty(Unread(bot, li));
        Assert.Empty(Unread(bot, secretary));

        await bot.RunUntilAsync(MeetingStart.AddMinutes(-59));
        zhang.ExpectNotification("将于1小时后召开");
        Assert.Empty(Unread(bot, li));
    }

    [Fact]
    public async Task The_check_in_notice_says_a_code_is_needed_without_giving_it()
    {
        await using var bot = new SchedulerBot();
        var (_, zhang, li) = Branch(bot);
        await bot.ArrangeAsync(GeneralMeeting(code: "8421"));
        await bot.RunUntilAsync(MeetingStart.AddHours(-2));
        Take(bot, zhang);
        Take(bot, li);

        var outcomes = await bot.RunUntilAsync(MeetingStart.AddMinutes(-30));

        Assert.Contains(("checkin-open", MeetingEventOutcome.Sent), outcomes);
        var notice = Assert.Single(Take(bot, zhang), t => t.Contains("签到已开始", StringComparison.Ordinal));
        Assert.Contains("签到码", notice, StringComparison.Ordinal);
        Assert.Contains("签到截止15:30", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("8421", notice, StringComparison.Ordinal);
        Assert.Single(Take(bot, li), t => t.Contains("签到已开始", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_moved_meeting_is_not_reminded_at_its_old_time()
    {
        await using var bot = new SchedulerBot();
        var (_, zhang, _) = Branch(bot);
        var meeting = await bot.ArrangeAsync(GeneralMeeting());
        var moved = await bot.Meetings.UpdateAsync(
            meeting.Id, new Core.Meetings.MeetingChange { StartsAt = MeetingStart.AddDays(1) }, await bot.MemberAsync("secretary"), CancellationToken.None);
        Assert.True(moved.Succeeded, moved.Problem?.ToString());

        Assert.All(await bot.TriggersAsync(), t => Assert.Equal(1, t.Revision));
        await bot.RunUntilAsync(MeetingStart.AddMinutes(-1));
        Assert.Empty(Unread(bot, zhang));

        await bot.RunUntilAsync(MeetingStart);
        zhang.ExpectNotification("将于1天后召开");
        Assert.Contains("2026年11月27日（星期五）15:00", zhang.LastReplyText, StringComparison.Ordinal);

        // A trigger of the old revision that fired anyway sends nothing.
        var stale = await bot.Services.GetRequiredService<MeetingEventRunner>().RunAsync(meeting.Id, 0, "reminder-01:00:00", CancellationToken.None);
        Assert.Equal(MeetingEventOutcome.RevisionChanged, stale);
        Assert.Empty(Unread(bot, zhang));
    }

    [Fact]
    public async Task A_cancelled_meeting_loses_its_triggers_and_is_not_reminded()
    {
        await using var bot = new SchedulerBot();
        var (_, zhang, _) = Branch(bot);
        var meeting = await bot.ArrangeAsync(GeneralMeeting());

        var cancelled = await bot.Meetings.CancelAsync(meeting.Id, await bot.MemberAsync("secretary"), CancellationToken.None);
        Assert.True(cancelled.Succeeded, cancelled.Problem?.ToString());

        Assert.Empty(await bot.TriggersAsync());
        Assert.Empty(await bot.RunUntilAsync(MeetingStart.AddHours(3)));
        var stale = await bot.Services.GetRequiredService<MeetingEventRunner>().RunAsync(meeting.Id, 0, "reminder-01:00:00", CancellationToken.None);
        Assert.Equal(MeetingEventOutcome.MeetingCancelled, stale);
        Assert.Empty(Unread(bot, zhang));
    }
}
