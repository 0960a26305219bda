using BranchBot.Core.Organisation;
using BranchBot.Scheduling;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Quartz;

namespace BranchBot.Tests.Organisation;

/// <summary>
/// Scheduled work in a deployment of two branches, run through Quartz's own jobs: a meeting reminder of the second
/// branch reaches only its members, and the daily duties nudge each branch's 书记 about their own branch.
/// </summary>
public class SecondBranchSchedulingTests
{
    [Fact]
    public async Task A_reminder_of_the_second_branch_reaches_only_its_members()
    {
        await using var bot = new BotHarness();
        var (_, zhang, li, zhao) = TwoBranchScript.Start(bot);
        li.Send("安排 党员大会 后天下午3点 二楼会议室").ExpectReply("请确认会议安排").Send("确认").ExpectReply("已安排");
        zhao.ExpectNotification("【会议通知】党员大会");

        var scheduler = await bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);
        var keys = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(MeetingTriggers.Group), CancellationToken.None);
        var triggers = new List<ITrigger>();
        foreach (var key in keys)
        {
            triggers.Add((await scheduler.GetTrigger(key, CancellationToken.None))!);
        }

        var reminder = triggers.Where(t => t.JobDataMap.GetString(MeetingTriggers.EventKey)!.StartsWith("reminder", StringComparison.Ordinal))
            .OrderBy(t => t.NextFireTimeUtc).First();
        var job = (await scheduler.GetJobDetail(reminder.JobKey, CancellationToken.None))!;
        Assert.NotNull(SecondBranchOf(bot, job));
        bot.Clock.SetUtcNow(reminder.NextFireTimeUtc!.Value);

        await new MeetingEventJob(bot.Services.GetRequiredService<IBranchScopes>()).Execute(ContextOf(job, reminder), CancellationToken.None);

        zhao.ExpectNotification("【会议提醒】党员大会");
        bot.DeliverOutbox();
        Assert.Empty(bot.Channel.TakeFor(zhang.ConversationId));
    }

    [Fact]
    public async Task The_daily_duties_nudge_each_branch_secretary_about_their_own_branch()
    {
        await using var bot = new BotHarness();
        var (wang, zhang, li, zhao) = TwoBranchScript.Start(bot);
        var scopes = bot.Services.GetRequiredService<IBranchScopes>();

        // Wednesday 25 November: November ends in less than 7 days and neither branch held its 主题党日.
        await new DailyDutiesJob(scopes, NullLogger<DailyDutiesJob>.Instance).Execute(Mock.Of<IJobExecutionContext>(), CancellationToken.None);
        bot.DeliverOutbox();

        Assert.Contains(Texts(bot, wang), t => t.Contains("2026年11月主题党日还差1次", StringComparison.Ordinal));
        Assert.Contains(Texts(bot, li), t => t.Contains("2026年11月主题党日还差1次", StringComparison.Ordinal));
        Assert.Empty(Texts(bot, zhang));
        Assert.Empty(Texts(bot, zhao));
    }

    private static string? SecondBranchOf(BotHarness bot, IJobDetail job) =>
        job.JobDataMap.GetString(MeetingTriggers.BranchIdKey) is { } id && id != bot.Services.GetRequiredService<BranchContext>().Id ? id : null;

    private static List<string> Texts(BotHarness bot, ConversationScript person) =>
        [.. bot.Channel.TakeFor(person.ConversationId).Select(a => a.Text ?? string.Empty)];

    private static IJobExecutionContext ContextOf(IJobDetail job, ITrigger trigger)
    {
        var merged = new JobDataMap();
        foreach (var entry in job.JobDataMap.Concat(trigger.JobDataMap))
        {
            merged[entry.Key] = entry.Value;
        }

        var context = new Mock<IJobExecutionContext>();
        context.Setup(c => c.MergedJobDataMap).Returns(merged);
        return context.Object;
    }
}
