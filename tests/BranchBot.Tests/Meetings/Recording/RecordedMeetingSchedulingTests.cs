using BranchBot.Core.Meetings;
using BranchBot.Scheduling;
using BranchBot.Tests.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using static BranchBot.Tests.Scheduling.SchedulerScenario;

namespace BranchBot.Tests.Meetings.Recording;

/// <summary>A recorded meeting is history: no trigger, reminder, check-in notice, 补学 notice or summary, even right after it.</summary>
public class RecordedMeetingSchedulingTests
{
    [Fact]
    public async Task A_meeting_recorded_an_hour_after_it_began_gets_no_triggers_and_sends_nothing()
    {
        await using var bot = new SchedulerBot();
        var (secretary, zhang, li) = Branch(bot);
        var recorder = bot.Services.GetRequiredService<RecordedMeetingService>();
        var start = bot.Bot.Clock.GetUtcNow().AddHours(-1);

        var recorded = await recorder.RecordAsync(
            new RecordedMeetingDraft { Kind = MeetingKind.GeneralMeeting, StartsAt = start, Topic = "学习党章", Attendees = ["张三"] },
            await bot.MemberAsync("secretary"), CancellationToken.None);
        Assert.True(recorded.Succeeded, recorded.Problem?.ToString());
        var meeting = recorded.Value!.Meeting;

        Assert.Empty(bot.Services.GetRequiredService<MeetingEventPlanner>().EventsOf(meeting));
        Assert.True(meeting.EndsAt <= bot.Bot.Clock.GetUtcNow());
        Assert.Empty(await bot.TriggersAsync());
        var (_, triggers) = await bot.Services.GetRequiredService<MeetingTriggerRebuilder>().RebuildAsync(CancellationToken.None);
        Assert.Equal(0, triggers);
        Assert.Empty(await bot.TriggersAsync());

        Assert.Empty(await bot.RunUntilAsync(bot.Bot.Clock.GetUtcNow().AddDays(2)));
        Assert.Empty(Unread(bot, secretary));
        Assert.Empty(Unread(bot, zhang));
        Assert.Empty(Unread(bot, li));
        Assert.Empty(await bot.Meetings.ListCheckInOpenAsync(CancellationToken.None));
        Assert.Empty(await bot.Meetings.ListUpcomingAsync(10, CancellationToken.None));
    }
}
