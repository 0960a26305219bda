using BranchBot.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace BranchBot.Tests.Talks.Nudges;

public class TalkNudgeScheduleTests
{
    [Fact]
    public async Task The_talk_nudge_job_fires_every_day_at_half_past_nine_in_the_branch_zone()
    {
        await using var branch = TalkNudgeScenario.Start();
        var scheduler = await branch.Bot.SchedulerAsync();

        var trigger = Assert.Single(await scheduler.GetTriggersOfJob(TalkNudgesJob.Key, CancellationToken.None));

        var cron = Assert.IsAssignableFrom<ICronTrigger>(trigger);
        Assert.Equal(TalkNudgesJob.CronExpression, cron.CronExpressionString);
        Assert.Equal("Asia/Shanghai", cron.TimeZone.Id);
        Assert.NotNull(branch.Bot.Services.GetRequiredService<TalkNudges>());
    }

    [Theory]
    [InlineData(2026, 11, 25, "2026-W48")]
    [InlineData(2026, 12, 31, "2026-W53")]
    [InlineData(2027, 1, 3, "2026-W53")]
    [InlineData(2027, 1, 4, "2027-W01")]
    public void Weekly_markers_use_the_iso_week(int year, int month, int day, string expected) =>
        Assert.Equal(expected, NudgeWeek.Of(new DateTimeOffset(year, month, day, 9, 30, 0, TimeSpan.FromHours(8))));
}
