using BranchBot.Core;
using BranchBot.Core.Broadcasts;
using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Text;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Broadcasts;

/// <summary>定期广播 through the service on the fake clock (Wednesday 2026-11-25 10:00 in Beijing).</summary>
public class BroadcastPlanServiceTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private static readonly Recurrence FifthAtNine = new(RecurrenceFrequency.Monthly, 5, new TimeOnly(9, 0));

    private static BroadcastPlanService Plans(BotHarness bot) => bot.Services.GetRequiredService<BroadcastPlanService>();

    private static BroadcastService Broadcasts(BotHarness bot) => bot.Services.GetRequiredService<BroadcastService>();

    private static async Task<Member> MemberAsync(BotHarness bot, string name) =>
        (await bot.Services.GetRequiredService<IMembershipStore>().ListMembersAsync(CancellationToken.None)).Single(m => m.Name == name);

    private static async Task<BroadcastPlan> CreateAsync(BotHarness bot, Recurrence recurrence, string author = "王书记", string text = "请按时交纳党费")
    {
        var created = await Plans(bot).CreateAsync(
            new BroadcastPlanDraft(text, BroadcastAudience.Branch, false, recurrence), await MemberAsync(bot, author), CancellationToken.None);
        Assert.True(created.Succeeded, created.Problem?.ToString());
        return created.Value!.Plan;
    }

    private static Task<BroadcastPlanRun> RunAsync(BotHarness bot) => Plans(bot).CreateDueOccurrencesAsync(bot.Clock.GetUtcNow(), CancellationToken.None);

    private static async Task<List<Broadcast>> ScheduledAsync(BotHarness bot) =>
        [.. (await Broadcasts(bot).ListRecentAsync(100, CancellationToken.None)).OrderBy(b => b.Number)];

    private static int ZhangReceived(BotHarness bot, string text) =>
        bot.Channel.TakeFor("conv-test-zhang").Count(a => a.Text?.Contains(text, StringComparison.Ordinal) == true);

    [Fact]
    public async Task A_monthly_plan_schedules_one_broadcast_a_month_delivered_at_its_time()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        await CreateAsync(bot, FifthAtNine);
        Assert.Empty(await ScheduledAsync(bot));

        var deliveries = new List<DateTimeOffset>();
        for (var day = new DateTimeOffset(2026, 11, 26, 0, 5, 0, Beijing); day < new DateTimeOffset(2027, 3, 10, 0, 0, 0, Beijing); day = day.AddDays(1))
        {
            // The daily duties run at 00:05 and 09:00; the outbox delivers whatever is due (checked at 08:59 too).
            foreach (var at in new[] { day, day.AddHours(8).AddMinutes(54), day.AddHours(8).AddMinutes(55) })
            {
                bot.Clock.SetUtcNow(at);
                await RunAsync(bot);
                branch.Deliver();
                if (ZhangReceived(bot, "请按时交纳党费") > 0)
                {
                    deliveries.Add(at);
                }
            }
        }

        var scheduled = await ScheduledAsync(bot);
        Assert.Equal(
            [new(2026, 12, 5, 9, 0, 0, Beijing), new(2027, 1, 5, 9, 0, 0, Beijing), new(2027, 2, 5, 9, 0, 0, Beijing), new(2027, 3, 5, 9, 0, 0, Beijing)],
            scheduled.Select(b => b.ScheduledAt!.Value));
        Assert.Equal([1, 2, 3, 4], scheduled.Select(b => b.Number));
        Assert.All(scheduled, b => Assert.Equal(4, b.RecipientIds.Count));
        Assert.Equal(
            [new(2026, 12, 5, 9, 0, 0, Beijing), new(2027, 1, 5, 9, 0, 0, Beijing), new(2027, 2, 5, 9, 0, 0, Beijing), new(2027, 3, 5, 9, 0, 0, Beijing)],
            deliveries);
    }

    [Fact]
    public async Task A_quarterly_plan_falls_on_the_chosen_month_of_each_quarter()
    {
        await using var bot = BroadcastBranch.NewHarness();
        _ = new BroadcastBranch(bot);
        await CreateAsync(bot, new Recurrence(RecurrenceFrequency.Quarterly, 10, new TimeOnly(15, 0), MonthOfQuarter: 1), text: "请报送学习材料");

        for (var day = new DateTimeOffset(2026, 11, 26, 9, 0, 0, Beijing); day < new DateTimeOffset(2027, 7, 20, 0, 0, 0, Beijing); day = day.AddDays(1))
        {
            bot.Clock.SetUtcNow(day);
            await RunAsync(bot);
        }

        Assert.Equal(
            [new(2027, 1, 10, 15, 0, 0, Beijing), new(2027, 4, 10, 15, 0, 0, Beijing), new(2027, 7, 10, 15, 0, 0, Beijing)],
            (await ScheduledAsync(bot)).Select(b => b.ScheduledAt!.Value));
    }

    [Fact]
    public async Task An_occurrence_within_the_lead_time_is_scheduled_at_creation_and_only_once()
    {
        await using var bot = BroadcastBranch.NewHarness();
        _ = new BroadcastBranch(bot);
        var created = await Plans(bot).CreateAsync(
            new BroadcastPlanDraft("明早交党费", BroadcastAudience.Branch, true, new Recurrence(RecurrenceFrequency.Monthly, 26, new TimeOnly(9, 0))),
            await MemberAsync(bot, "王书记"), CancellationToken.None);

        var first = Assert.Single(created.Value!.Scheduled);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 9, 0, 0, Beijing), first.ScheduledAt);
        Assert.True(first.RequiresAcknowledgement);
        Assert.Equal(first.ScheduledAt, created.Value.Plan.LastOccurrence);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 9, 0, 0, Beijing), created.Value.NextOccurrence);

        Assert.Empty((await RunAsync(bot)).Scheduled);
        bot.Clock.Advance(TimeSpan.FromHours(12));
        Assert.Empty((await RunAsync(bot)).Scheduled);
        Assert.Single(await ScheduledAsync(bot));
    }

    [Fact]
    public async Task Occurrences_already_past_when_the_plan_is_created_are_never_sent()
    {
        await using var bot = BroadcastBranch.NewHarness();
        _ = new BroadcastBranch(bot);
        var created = await Plans(bot).CreateAsync(
            new BroadcastPlanDraft("今天早上的提醒", BroadcastAudience.Branch, false, new Recurrence(RecurrenceFrequency.Monthly, 25, new TimeOnly(9, 0))),
            await MemberAsync(bot, "王书记"), CancellationToken.None);

        Assert.Empty(created.Value!.Scheduled);
        Assert.Equal(new DateTimeOffset(2026, 12, 25, 9, 0, 0, Beijing), created.Value.NextOccurrence);
        Assert.Empty(await ScheduledAsync(bot));
    }

    [Fact]
    public async Task A_crash_after_the_broadcast_was_created_but_before_the_plan_was_saved_does_not_repeat_it()
    {
        await using var bot = BroadcastBranch.NewHarness();
        _ = new BroadcastBranch(bot);
        var plan = await CreateAsync(bot, FifthAtNine);
        var occurrence = new DateTimeOffset(2026, 12, 5, 9, 0, 0, Beijing);
        bot.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 4, 0, 5, 0, Beijing));

        // What the run did before the process stopped: created the occurrence's broadcast, plan not advanced.
        var made = await Broadcasts(bot).SendAsync(
            new BroadcastDraft(plan.Text, plan.Audience, false, occurrence, SourceKey: plan.OccurrenceKey(occurrence)), await MemberAsync(bot, "王书记"), CancellationToken.None);
        Assert.Null((await bot.Services.GetRequiredService<IBroadcastPlanStore>().GetAsync(plan.Number, CancellationToken.None))!.LastOccurrence);

        var run = await RunAsync(bot);

        Assert.Equal(made.Value!.Broadcast.Number, Assert.Single(run.Scheduled).Broadcast.Number);
        Assert.Single(await ScheduledAsync(bot));
        Assert.Equal(occurrence, (await bot.Services.GetRequiredService<IBroadcastPlanStore>().GetAsync(plan.Number, CancellationToken.None))!.LastOccurrence);
        Assert.Empty((await RunAsync(bot)).Scheduled);
        Assert.Single(await ScheduledAsync(bot));
    }

    [Fact]
    public async Task A_stopped_plan_schedules_nothing_more()
    {
        await using var bot = BroadcastBranch.NewHarness();
        _ = new BroadcastBranch(bot);
        var plan = await CreateAsync(bot, FifthAtNine);
        var stopped = await Plans(bot).StopAsync(plan.Number, await MemberAsync(bot, "王书记"), CancellationToken.None);
        Assert.True(stopped.Succeeded);
        Assert.Equal(new BroadcastPlanProblem.AlreadyStopped(1), (await Plans(bot).StopAsync(plan.Number, await MemberAsync(bot, "王书记"), CancellationToken.None)).Problem);

        bot.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 4, 9, 0, 0, Beijing));
        Assert.Empty((await RunAsync(bot)).Scheduled);
        Assert.Empty(await ScheduledAsync(bot));
        var listed = Assert.Single(await Plans(bot).ListAsync(CancellationToken.None));
        Assert.False(listed.Plan.IsActive);
        Assert.Null(listed.NextOccurrence);
    }

    [Fact]
    public async Task A_plan_whose_author_left_the_committee_stops_itself_and_says_why()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Meetings.WithCommitteeMember("李四");
        var plan = await CreateAsync(bot, FifthAtNine, author: "李四");
        branch.Secretary.Send("设置角色 李四 党员").ExpectReply("已将「李四」的角色由支委改为党员。");

        bot.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 4, 9, 0, 0, Beijing));
        var run = await RunAsync(bot);

        Assert.Empty(run.Scheduled);
        Assert.Equal(plan.Number, Assert.Single(run.Stopped).Number);
        Assert.Empty(await ScheduledAsync(bot));
        var listed = Assert.Single(await Plans(bot).ListAsync(CancellationToken.None)).Plan;
        Assert.False(listed.IsActive);
        Assert.Equal(new BroadcastPlanStopReason.AuthorNotCommittee("李四"), listed.StopReason);
    }

    [Fact]
    public async Task Only_the_committee_creates_plans_and_only_for_the_branch_the_committee_or_a_group()
    {
        await using var bot = BroadcastBranch.NewHarness();
        _ = new BroadcastBranch(bot);
        var member = await CreateOutcomeAsync(bot, "张三", BroadcastAudience.Branch, "交党费");
        Assert.Equal(new BroadcastPlanProblem.Broadcast(new BroadcastProblem.NotAllowed()), member.Problem);
        var notAcknowledged = await CreateOutcomeAsync(bot, "王书记", BroadcastAudience.NotAcknowledged(1), "交党费");
        Assert.Equal(new BroadcastPlanProblem.CannotRecur(), notAcknowledged.Problem);
        var empty = await CreateOutcomeAsync(bot, "王书记", BroadcastAudience.Branch, "  ");
        Assert.Equal(new BroadcastPlanProblem.Broadcast(new BroadcastProblem.Text(new TextProblem.Empty(TextField.BroadcastContent))), empty.Problem);

        var group = await CreateOutcomeAsync(bot, "王书记", BroadcastAudience.Group("第一"), "小组学习");
        Assert.True(group.Succeeded, group.Problem?.ToString());
        Assert.Equal(BroadcastAudience.Group("第一党小组"), group.Value!.Plan.Audience);
        Assert.Single(await bot.Services.GetRequiredService<IBroadcastPlanStore>().ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Only_the_author_the_secretary_or_the_deputy_may_stop_a_plan()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Meetings.WithCommitteeMember("李四");
        branch.Secretary.Send("设置角色 赵六 副书记").ExpectReply("已将「赵六」的角色由党员改为副书记。");
        var plan = await CreateAsync(bot, FifthAtNine);

        var refused = await Plans(bot).StopAsync(plan.Number, await MemberAsync(bot, "李四"), CancellationToken.None);
        Assert.Equal(new BroadcastPlanProblem.NotAllowedToStop(), refused.Problem);
        Assert.Equal(new BroadcastPlanProblem.NotFound(9), (await Plans(bot).StopAsync(9, await MemberAsync(bot, "赵六"), CancellationToken.None)).Problem);

        var stopped = await Plans(bot).StopAsync(plan.Number, await MemberAsync(bot, "赵六"), CancellationToken.None);
        Assert.True(stopped.Succeeded);
        Assert.Equal((await MemberAsync(bot, "赵六")).Id, stopped.Value!.StoppedBy);
    }

    private static async Task<Outcome<BroadcastPlanCreated, BroadcastPlanProblem>> CreateOutcomeAsync(BotHarness bot, string author, BroadcastAudience audience, string text) =>
        await Plans(bot).CreateAsync(new BroadcastPlanDraft(text, audience, false, FifthAtNine), await MemberAsync(bot, author), CancellationToken.None);
}
