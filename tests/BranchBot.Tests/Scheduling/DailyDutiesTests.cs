using BranchBot.Core.Meetings;
using BranchBot.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using static BranchBot.Tests.Scheduling.SchedulerScenario;

namespace BranchBot.Tests.Scheduling;

public class DailyDutiesTests
{
    [Fact]
    public async Task A_period_closing_without_its_meeting_nudges_the_secretary_once()
    {
        await using var bot = new SchedulerBot();
        var (secretary, zhang, _) = Branch(bot);
        var duties = bot.Services.GetRequiredService<DailyDuties>();

        // Wednesday 25 November: November ends in less than 7 days without a 主题党日 or 党小组会.
        var first = await duties.SendDueNudgesAsync(CancellationToken.None);
        var nudges = Take(bot, secretary);

        Assert.Equal(first, nudges.Count);
        var themedDay = Assert.Single(nudges, n => n.Contains("主题党日", StringComparison.Ordinal));
        Assert.Contains("【三会一课提醒】2026年11月主题党日还差1次", themedDay, StringComparison.Ordinal);
        Assert.Contains("请在2026年11月30日（星期一）前召开", themedDay, StringComparison.Ordinal);
        Assert.Contains("党员教育管理工作条例", themedDay, StringComparison.Ordinal);
        Assert.Single(nudges, n => n.Contains("党小组会（第一党小组）", StringComparison.Ordinal));
        Assert.DoesNotContain(nudges, n => n.Contains("支委会", StringComparison.Ordinal));
        Assert.Empty(Take(bot, zhang));

        // The next run (09:00, or a restart) sends nothing again for the same period.
        bot.Bot.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(0, await duties.SendDueNudgesAsync(CancellationToken.None));
        Assert.Empty(Take(bot, secretary));

        // December is a new period: nudged again near its end.
        bot.Bot.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 26, 9, 0, 0, TimeSpan.FromHours(8)));
        await duties.SendDueNudgesAsync(CancellationToken.None);
        Assert.Contains(Take(bot, secretary), n => n.Contains("2026年12月主题党日", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_meeting_arranged_in_time_means_no_nudge_for_its_kind()
    {
        await using var bot = new SchedulerBot();
        var (secretary, _, _) = Branch(bot);
        await bot.ArrangeAsync(new MeetingDraft { Kind = MeetingKind.ThemedPartyDay, StartsAt = SchedulerScenario.MeetingStart });

        await bot.Services.GetRequiredService<DailyDuties>().SendDueNudgesAsync(CancellationToken.None);

        Assert.DoesNotContain(Take(bot, secretary), n => n.Contains("主题党日", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Occurrences_created_by_a_plan_are_announced_to_their_audience_and_scheduled()
    {
        await using var bot = new SchedulerBot();
        var (secretary, zhang, li) = Branch(bot);
        var plans = bot.Services.GetRequiredService<PlanService>();
        var created = await plans.CreatePlanAsync(
            new PlanDraft { Kind = MeetingKind.ThemedPartyDay, Recurrence = new Recurrence(RecurrenceFrequency.Monthly, 15, new TimeOnly(15, 0)), Topic = "志愿服务" },
            await bot.MemberAsync("secretary"),
            CancellationToken.None);
        Assert.True(created.Succeeded, created.Problem?.ToString());

        // Two days into December the plan's horizon reaches 15 January.
        bot.Bot.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 0, 5, 0, TimeSpan.FromHours(8)));
        var announced = await bot.Services.GetRequiredService<DailyDuties>().AnnounceNewOccurrencesAsync(CancellationToken.None);

        Assert.Equal(1, announced);
        zhang.ExpectNotification("【会议通知】已按支部计划安排主题党日").WithButtons("请假");
        Assert.Contains("时间：2027年1月15日（星期五）15:00", zhang.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("主题：志愿服务", zhang.LastReplyText, StringComparison.Ordinal);
        li.ExpectNotification("【会议通知】");
        secretary.ExpectNotification("【会议通知】");
        Assert.Contains(await bot.TriggersAsync(), t => t.FiresAt == new DateTimeOffset(2027, 1, 14, 15, 0, 0, TimeSpan.FromHours(8)));

        Assert.Equal(0, await bot.Services.GetRequiredService<DailyDuties>().AnnounceNewOccurrencesAsync(CancellationToken.None));
    }
}
