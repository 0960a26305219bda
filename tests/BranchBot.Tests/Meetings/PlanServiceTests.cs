using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using static BranchBot.Tests.Meetings.MeetingBranch;

namespace BranchBot.Tests.Meetings;

public class PlanServiceTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly TimeOnly ThreePm = new(15, 0);

    [Fact]
    public void A_monthly_plan_falls_on_its_day_every_month_after_the_given_instant()
    {
        var starts = PlanService.NextOccurrences(new Recurrence(RecurrenceFrequency.Monthly, 15, ThreePm), Beijing(2026, 11, 15, 15), Shanghai).Take(3);
        Assert.Equal([Beijing(2026, 12, 15, 15), Beijing(2027, 1, 15, 15), Beijing(2027, 2, 15, 15)], starts);
    }

    [Fact]
    public void A_quarterly_plan_falls_in_the_chosen_month_of_each_quarter()
    {
        var first = PlanService.NextOccurrences(new Recurrence(RecurrenceFrequency.Quarterly, 10, ThreePm), Beijing(2026, 11, 25, 10), Shanghai).Take(3);
        var second = PlanService.NextOccurrences(new Recurrence(RecurrenceFrequency.Quarterly, 10, ThreePm, MonthOfQuarter: 2), Beijing(2026, 11, 25, 10), Shanghai).Take(2);

        Assert.Equal([Beijing(2027, 1, 10, 15), Beijing(2027, 4, 10, 15), Beijing(2027, 7, 10, 15)], first);
        Assert.Equal([Beijing(2027, 2, 10, 15), Beijing(2027, 5, 10, 15)], second);
    }

    [Fact]
    public void The_31st_falls_on_the_last_day_of_shorter_months_including_a_leap_february()
    {
        var starts = PlanService.NextOccurrences(new Recurrence(RecurrenceFrequency.Monthly, 31, ThreePm), Beijing(2028, 1, 1), Shanghai).Take(5);
        Assert.Equal(
            [Beijing(2028, 1, 31, 15), Beijing(2028, 2, 29, 15), Beijing(2028, 3, 31, 15), Beijing(2028, 4, 30, 15), Beijing(2028, 5, 31, 15)],
            starts);
    }

    [Fact]
    public async Task Creating_a_plan_creates_the_occurrences_within_the_horizon_and_tells_the_listeners()
    {
        await using var branch = await CreateAsync();

        var created = await branch.Plans.CreatePlanAsync(
            new PlanDraft { Kind = MeetingKind.ThemedPartyDay, Recurrence = new Recurrence(RecurrenceFrequency.Monthly, 31, ThreePm), Topic = "主题党日" },
            branch.Secretary, None);

        Assert.True(created.Succeeded, created.Problem?.ToString());
        var occurrences = created.Value!.Occurrences;
        Assert.Equal([Beijing(2026, 11, 30, 15), Beijing(2026, 12, 31, 15)], occurrences.Select(m => m.StartsAt));
        Assert.All(occurrences, m => Assert.Equal(created.Value.Plan.Id, m.PlanId));
        Assert.All(occurrences, m => Assert.Equal(TimeSpan.FromHours(2), m.EndsAt - m.StartsAt));
        Assert.Equal(Beijing(2026, 12, 31, 15), created.Value.Plan.LastOccurrenceStart);
        Assert.Equal(occurrences.Select(m => m.Id), branch.Listener.Changes.Select(m => m.Id));
        Assert.Equal(2, (await branch.Meetings.ListUpcomingAsync(10, None)).Count);
    }

    [Fact]
    public async Task Due_occurrences_are_created_once_as_the_horizon_moves()
    {
        await using var branch = await CreateAsync();
        await branch.Plans.CreatePlanAsync(
            new PlanDraft { Kind = MeetingKind.ThemedPartyDay, Recurrence = new Recurrence(RecurrenceFrequency.Monthly, 31, ThreePm) }, branch.Secretary, None);

        var sameDay = await branch.Plans.CreateDueOccurrencesAsync(Beijing(2026, 11, 25, 11), None);
        var tooEarly = await branch.Plans.CreateDueOccurrencesAsync(Beijing(2026, 12, 17, 14, 59), None);
        var due = await branch.Plans.CreateDueOccurrencesAsync(Beijing(2026, 12, 17, 15), None);
        var again = await branch.Plans.CreateDueOccurrencesAsync(Beijing(2026, 12, 17, 16), None);

        Assert.Empty(sameDay);
        Assert.Empty(tooEarly);
        Assert.Equal([Beijing(2027, 1, 31, 15)], due.Select(m => m.StartsAt));
        Assert.Empty(again);
        Assert.Equal(3, branch.Listener.Changes.Count);
    }

    [Fact]
    public async Task Occurrences_missed_while_the_bot_was_down_are_not_created_in_the_past()
    {
        await using var branch = await CreateAsync();
        await branch.Plans.CreatePlanAsync(
            new PlanDraft { Kind = MeetingKind.ThemedPartyDay, Recurrence = new Recurrence(RecurrenceFrequency.Monthly, 15, ThreePm) }, branch.Secretary, None);

        var created = await branch.Plans.CreateDueOccurrencesAsync(Beijing(2027, 3, 1), None);

        Assert.Equal([Beijing(2027, 3, 15, 15)], created.Select(m => m.StartsAt));
    }

    [Fact]
    public async Task A_stopped_plan_creates_nothing_more()
    {
        await using var branch = await CreateAsync();
        var plan = (await branch.Plans.CreatePlanAsync(
            new PlanDraft { Kind = MeetingKind.GeneralMeeting, Recurrence = new Recurrence(RecurrenceFrequency.Quarterly, 10, ThreePm) }, branch.Secretary, None)).Value!.Plan;

        var stopped = await branch.Plans.StopPlanAsync(plan.Id, branch.Secretary, None);
        var created = await branch.Plans.CreateDueOccurrencesAsync(Beijing(2027, 3, 1), None);

        Assert.NotNull(stopped.Value!.StoppedAt);
        Assert.Empty(created);
        Assert.Empty(await branch.Plans.ListPlansAsync(None));
    }

    [Fact]
    public async Task A_plan_is_refused_for_an_ordinary_member_or_an_impossible_day()
    {
        await using var branch = await CreateAsync();
        var member = await branch.AddAsync("张三", "第一党小组");
        var leader = await branch.AddAsync("李四", "第一党小组", MemberRole.GroupLeader);

        var byMember = await branch.Plans.CreatePlanAsync(
            new PlanDraft { Kind = MeetingKind.GroupMeeting, Recurrence = new Recurrence(RecurrenceFrequency.Monthly, 5, ThreePm) }, member, None);
        var badDay = await branch.Plans.CreatePlanAsync(
            new PlanDraft { Kind = MeetingKind.ThemedPartyDay, Recurrence = new Recurrence(RecurrenceFrequency.Monthly, 32, ThreePm) }, branch.Secretary, None);
        var byLeader = await branch.Plans.CreatePlanAsync(
            new PlanDraft { Kind = MeetingKind.GroupMeeting, Recurrence = new Recurrence(RecurrenceFrequency.Monthly, 5, ThreePm) }, leader, None);

        Assert.Equal(new MeetingProblem.NotAllowed(), byMember.Problem);
        Assert.Equal(new MeetingProblem.Impossible(RecurrenceProblem.DayOutOfRange), badDay.Problem);
        Assert.Equal(MeetingAudience.Group(await branch.GroupIdAsync("第一党小组")), byLeader.Value!.Plan.Audience);
    }
}
