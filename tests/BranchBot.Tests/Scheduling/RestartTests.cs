using BranchBot.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using static BranchBot.Tests.Scheduling.SchedulerScenario;

namespace BranchBot.Tests.Scheduling;

/// <summary>A restart is a second server over the same database file: a new Quartz scheduler rebuilt from the meetings.</summary>
public sealed class RestartTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("branchbot-scheduler-").FullName;

    private string DatabaseFile => Path.Combine(_directory, "branchbot.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<string> FirstRunAsync(Func<SchedulerBot, Task>? then = null)
    {
        await using var bot = new SchedulerBot(DatabaseFile);
        Branch(bot);
        var meeting = await bot.ArrangeAsync(GeneralMeeting());
        if (then is not null)
        {
            await then(bot);
        }

        return meeting.Id;
    }

    private static async Task<SchedulerBot> RestartAsync(string databaseFile, DateTimeOffset at)
    {
        var bot = new SchedulerBot(databaseFile, startAt: at);
        await bot.Services.GetRequiredService<MeetingTriggerRebuilder>().RebuildAsync(CancellationToken.None);
        return bot;
    }

    [Fact]
    public async Task A_restart_does_not_repeat_a_reminder_already_sent()
    {
        await FirstRunAsync(async bot =>
        {
            await bot.RunUntilAsync(MeetingStart.AddDays(-1).AddMinutes(1));
            bot.Bot.User("zhang").ExpectNotification("将于1天后召开");
        });

        // Restarted a second after the reminder went out but before Quartz forgot it: the trigger fires again.
        await using var restarted = new SchedulerBot(DatabaseFile, startAt: MeetingStart.AddDays(-1).AddSeconds(-1));
        await restarted.Services.GetRequiredService<MeetingTriggerRebuilder>().RebuildAsync(CancellationToken.None);
        var outcomes = await restarted.RunUntilAsync(MeetingStart.AddDays(-1).AddMinutes(1));

        Assert.Equal([("reminder-1.00:00:00", MeetingEventOutcome.AlreadySent)], outcomes);
        Assert.Empty(Unread(restarted, restarted.Bot.User("zhang")));

        await restarted.RunUntilAsync(MeetingStart.AddMinutes(-59));
        restarted.Bot.User("zhang").ExpectNotification("将于1小时后召开").ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Reminders_missed_while_down_are_sent_at_start_up_once_when_the_meeting_has_not_started()
    {
        await FirstRunAsync();

        // Down from Wednesday 10:00 until Thursday 14:10: both reminders came due meanwhile.
        await using var restarted = await RestartAsync(DatabaseFile, MeetingStart.AddMinutes(-50));
        Assert.Equal(["reminder-01:00:00", "checkin-open", "after"], (await restarted.TriggersAsync()).Select(t => t.Event));
        var outcomes = await restarted.RunUntilAsync(MeetingStart.AddMinutes(-50));

        Assert.Equal([("reminder-01:00:00", MeetingEventOutcome.Sent)], outcomes);
        var zhang = restarted.Bot.User("zhang");
        zhang.ExpectNotification("将于50分钟后召开").WithButtons("签到", "请假");
        Assert.Empty(Unread(restarted, zhang));
    }

    [Fact]
    public async Task Reminders_missed_until_after_the_start_are_dropped_but_the_after_meeting_notices_still_go_out()
    {
        await FirstRunAsync();

        await using var restarted = await RestartAsync(DatabaseFile, MeetingStart.AddMinutes(10));
        Assert.Equal(["after"], (await restarted.TriggersAsync()).Select(t => t.Event));
        Assert.Empty(await restarted.RunUntilAsync(MeetingStart.AddMinutes(10)));
        var zhang = restarted.Bot.User("zhang");
        Assert.Empty(Unread(restarted, zhang));

        await restarted.RunUntilAsync(MeetingStart.AddHours(2));
        zhang.ExpectNotification("【补学提醒】");
        restarted.Bot.User("secretary").ExpectNotification("【补学提醒】").ExpectNotification("【签到情况】");
    }

    [Fact]
    public async Task After_meeting_notices_due_while_down_are_sent_at_start_up()
    {
        await FirstRunAsync();

        await using var restarted = await RestartAsync(DatabaseFile, MeetingStart.AddHours(5));
        var outcomes = await restarted.RunUntilAsync(MeetingStart.AddHours(5));

        Assert.Equal([("after", MeetingEventOutcome.Sent)], outcomes);
        restarted.Bot.User("li").ExpectNotification("【补学提醒】");
    }
}
