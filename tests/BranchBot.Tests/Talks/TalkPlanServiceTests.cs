using BranchBot.Core.Talks;
using static BranchBot.Tests.Talks.TalkBranch;

namespace BranchBot.Tests.Talks;

public class TalkPlanServiceTests
{
    [Fact]
    public async Task The_secretary_plans_every_missing_talk_between_tomorrow_and_the_year_end()
    {
        await using var branch = await TalkCoverageTests.RealisticBranchAsync();

        var planned = await branch.Plans.PlanAsync(branch.Secretary, None);

        var result = planned.Value!;
        Assert.Equal(13, result.Assignments.Count);
        Assert.Equal(
            result.Coverage.Uncovered.Select(u => u.Pair.Key).Order(StringComparer.Ordinal),
            result.Assignments.Select(a => a.Assignment.Pair.Key).Order(StringComparer.Ordinal));
        Assert.All(result.Assignments, a => Assert.InRange(a.Assignment.DueDate, new DateOnly(2026, 11, 26), new DateOnly(2026, 12, 31)));
        Assert.Equal(new DateOnly(2026, 12, 31), result.Assignments.Max(a => a.Assignment.DueDate));
        Assert.Equal(13, branch.Raw("talk_assignments").Count);
    }

    [Fact]
    public async Task Each_side_sees_whom_to_talk_with_by_when_and_a_recorded_talk_marks_it_done()
    {
        await using var branch = await TalkCoverageTests.RealisticBranchAsync();
        await branch.Plans.PlanAsync(branch.Secretary, None);
        var sun = await branch.MemberAsync("孙七");

        var before = await branch.Plans.ListForMemberAsync(sun, None);
        await branch.RecordAsync(sun, "李委员");
        var after = await branch.Plans.ListForMemberAsync(sun, None);
        var li = await branch.Plans.ListForMemberAsync(await branch.MemberAsync("李委员"), None);

        Assert.Equal(new[] { "王书记", "李委员", "陈委员" }.Order(StringComparer.Ordinal), before.Select(v => v.Partner.Name).Order(StringComparer.Ordinal));
        Assert.Equal(before.Select(v => v.Assignment.DueDate).Order(), before.Select(v => v.Assignment.DueDate));
        Assert.All(before, v => Assert.False(v.Done));
        Assert.True(after.Single(v => v.Partner.Name == "李委员").Done);
        Assert.Equal("李委员", after[^1].Partner.Name);
        Assert.Contains(li, v => v.Partner.Name == "孙七" && v.Done);
    }

    [Fact]
    public async Task Planned_talks_past_their_due_date_and_still_not_recorded_are_overdue()
    {
        await using var branch = await TalkCoverageTests.RealisticBranchAsync();
        var planned = (await branch.Plans.PlanAsync(branch.Secretary, None)).Value!;
        var firstDue = planned.Assignments.Min(a => a.Assignment.DueDate);
        var firstRound = planned.Assignments.Where(a => a.Assignment.DueDate == firstDue).ToList();
        var done = firstRound[0];
        await branch.RecordAsync(done.First, done.Second.Name);

        var onTime = await branch.Plans.ListOverdueAsync(None);
        branch.SetNow(Beijing(firstDue.Year, firstDue.Month, firstDue.Day, 12).AddDays(1));
        var overdue = await branch.Plans.ListOverdueAsync(None);

        Assert.Empty(onTime);
        Assert.Equal(
            firstRound.Skip(1).Select(a => a.Assignment.Id).Order(StringComparer.Ordinal),
            overdue.Select(a => a.Assignment.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Planning_again_replaces_the_earlier_plan()
    {
        await using var branch = await TalkCoverageTests.RealisticBranchAsync();
        await branch.Plans.PlanAsync(branch.Secretary, None);
        await branch.RecordAsync(branch.Secretary, "陈委员");

        var again = await branch.Plans.PlanAsync(branch.Secretary, None);

        Assert.Equal(12, again.Value!.Assignments.Count);
        Assert.Equal(12, branch.Raw("talk_assignments").Count);
    }

    [Fact]
    public async Task Only_the_secretary_plans_and_a_complete_year_needs_no_plan()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");

        var byMember = await branch.Plans.PlanAsync(zhang, None);
        await branch.RecordAsync(zhang, "王书记");
        var complete = await branch.Plans.PlanAsync(branch.Secretary, None);

        Assert.Equal(new TalkProblem.PlanSecretaryOnly(), byMember.Problem);
        Assert.Equal(new TalkProblem.AllTalksDone(2026), complete.Problem);
        Assert.Empty(branch.Raw("talk_assignments"));
    }
}
