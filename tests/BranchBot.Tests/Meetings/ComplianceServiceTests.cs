using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Dialogs.Meetings;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static BranchBot.Tests.Meetings.MeetingBranch;

namespace BranchBot.Tests.Meetings;

public class ComplianceServiceTests
{
    [Theory]
    [InlineData(23, 59, 1, 0)]
    [InlineData(24, 0, 0, 1)]
    public async Task A_meeting_at_2359_on_a_quarters_last_day_counts_for_that_quarter_and_midnight_for_the_next(
        int hour, int minute, int heldInThird, int heldInFourth)
    {
        await using var branch = await CreateAsync();
        await branch.StoreAsync(MeetingKind.GeneralMeeting, Beijing(2026, 9, 30).AddHours(hour).AddMinutes(minute));

        var ledger = (await branch.Compliance.LedgerAsync(2026, null, None)).Value!;

        var rows = ledger.Rows.Where(r => r.Kind == MeetingKind.GeneralMeeting).ToDictionary(r => r.Period.Key);
        Assert.Equal(heldInThird, rows["2026-Q3"].Held);
        Assert.Equal(heldInFourth, rows["2026-Q4"].Held);
    }

    [Fact]
    public async Task The_ledger_marks_met_missed_in_progress_and_not_yet_due_periods()
    {
        await using var branch = await CreateAsync();
        await BranchSetUp.BackdateAsync(branch.Bot.Services, BranchSetUp.StartOf2026);
        await branch.StoreAsync(MeetingKind.ThemedPartyDay, Beijing(2026, 9, 15, 15));
        await branch.StoreAsync(MeetingKind.ThemedPartyDay, Beijing(2026, 10, 15, 15), cancelled: true);
        await branch.ArrangeAsync(MeetingKind.ThemedPartyDay, Beijing(2026, 11, 27, 15));

        var rows = (await branch.Compliance.LedgerAsync(2026, null, None)).Value!.Rows
            .Where(r => r.Kind == MeetingKind.ThemedPartyDay).ToDictionary(r => r.Period.Key);

        Assert.Equal(12, rows.Count);
        Assert.Equal((LedgerStatus.Met, "达标", 1), (rows["2026-09"].Status, ComplianceTexts.Status(rows["2026-09"].Status), rows["2026-09"].Held));
        Assert.Equal((LedgerStatus.Missed, "未达标", 0), (rows["2026-10"].Status, ComplianceTexts.Status(rows["2026-10"].Status), rows["2026-10"].Held));
        Assert.Equal((LedgerStatus.InProgress, "进行中", 0, 1), (rows["2026-11"].Status, ComplianceTexts.Status(rows["2026-11"].Status), rows["2026-11"].Held, rows["2026-11"].Planned));
        Assert.Equal((LedgerStatus.NotStarted, "未到期"), (rows["2026-12"].Status, ComplianceTexts.Status(rows["2026-12"].Status)));
        Assert.Equal("《中国共产党党员教育管理工作条例》第十六条", rows["2026-11"].Basis);
    }

    [Fact]
    public async Task A_meeting_of_a_leap_day_counts_for_february()
    {
        await using var branch = await CreateAsync();
        branch.SetNow(Beijing(2028, 3, 5, 9));
        await branch.StoreAsync(MeetingKind.ThemedPartyDay, Beijing(2028, 2, 29, 15));

        var rows = (await branch.Compliance.LedgerAsync(2028, 1, None)).Value!.Rows
            .Where(r => r.Kind == MeetingKind.ThemedPartyDay).ToDictionary(r => r.Period.Key);

        Assert.Equal(["2028-01", "2028-02", "2028-03"], rows.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(LedgerStatus.Missed, rows["2028-01"].Status);
        Assert.Equal(LedgerStatus.Met, rows["2028-02"].Status);
        Assert.Equal(LedgerStatus.InProgress, rows["2028-03"].Status);
    }

    [Fact]
    public async Task Group_meetings_are_counted_per_party_group()
    {
        await using var branch = await CreateAsync();
        await branch.AddAsync("张三", "第一党小组");
        await branch.AddAsync("李四", "第二党小组");
        await branch.StoreAsync(MeetingKind.GroupMeeting, Beijing(2026, 11, 10, 15), MeetingAudience.Group(await branch.GroupIdAsync("第一党小组")));

        var rows = (await branch.Compliance.LedgerAsync(2026, 4, None)).Value!.Rows
            .Where(r => r.Kind == MeetingKind.GroupMeeting && r.Period.Key == "2026-11").ToList();

        Assert.Equal([("第一党小组", 1, LedgerStatus.Met), ("第二党小组", 0, LedgerStatus.InProgress)], rows.Select(r => (r.GroupName!, r.Held, r.Status)));
    }

    [Fact]
    public async Task A_branch_without_committee_members_has_no_committee_meeting_rule()
    {
        await using var branch = await CreateAsync();
        await branch.AddAsync("张三");
        var without = (await branch.Compliance.LedgerAsync(2026, 4, None)).Value!;
        var nudgesWithout = await branch.Compliance.DueNudgesAsync(Beijing(2026, 11, 25, 10), None);

        await branch.AddAsync("李四", role: MemberRole.DeputySecretary);
        var with = (await branch.Compliance.LedgerAsync(2026, 4, None)).Value!;
        var nudgesWith = await branch.Compliance.DueNudgesAsync(Beijing(2026, 11, 25, 10), None);

        Assert.DoesNotContain(without.Rows, r => r.Kind == MeetingKind.CommitteeMeeting);
        Assert.DoesNotContain(nudgesWithout, n => n.Kind == MeetingKind.CommitteeMeeting);
        Assert.Equal(3, with.Rows.Count(r => r.Kind == MeetingKind.CommitteeMeeting));
        Assert.Contains(nudgesWith, n => n.Kind == MeetingKind.CommitteeMeeting);
    }

    [Fact]
    public async Task Nudges_start_exactly_seven_days_before_the_month_ends()
    {
        await using var branch = await CreateAsync();

        var before = await branch.Compliance.DueNudgesAsync(Beijing(2026, 11, 23, 23, 59), None);
        var at = await branch.Compliance.DueNudgesAsync(Beijing(2026, 11, 24), None);

        Assert.Empty(before);
        var nudge = Assert.Single(at);
        Assert.Equal(
            (MeetingKind.ThemedPartyDay, "主题党日", "2026年11月", "compliance:b1:ThemedPartyDay:2026-11", 1),
            (nudge.Kind, nudge.KindName, ComplianceTexts.Period(nudge.Period), nudge.KeyIn("b1"), nudge.Missing));
    }

    [Fact]
    public async Task A_held_or_planned_meeting_silences_the_nudge()
    {
        await using var branch = await CreateAsync();
        await branch.ArrangeAsync(MeetingKind.ThemedPartyDay, Beijing(2026, 11, 28, 9));

        Assert.Empty(await branch.Compliance.DueNudgesAsync(Beijing(2026, 11, 25, 10), None));
        branch.SetNow(Beijing(2026, 11, 29));
        Assert.Empty(await branch.Compliance.DueNudgesAsync(Beijing(2026, 11, 29), None));
    }

    [Fact]
    public async Task At_the_years_end_month_quarter_and_year_rules_are_nudged_with_group_keys()
    {
        await using var branch = await CreateAsync();
        await branch.AddAsync("张三", "第一党小组");
        var groupId = await branch.GroupIdAsync("第一党小组");
        branch.SetNow(Beijing(2026, 12, 25, 10));

        var nudges = await branch.Compliance.DueNudgesAsync(Beijing(2026, 12, 25, 10), None);

        Assert.Equal(
            [
                $"compliance:b1:DemocraticReview:2026",
                $"compliance:b1:GeneralMeeting:2026-Q4",
                $"compliance:b1:GroupMeeting:2026-12:{groupId}",
                $"compliance:b1:OrganizationalLifeMeeting:2026",
                $"compliance:b1:PartyLecture:2026-Q4",
                $"compliance:b1:ThemedPartyDay:2026-12",
            ],
            nudges.Select(n => n.KeyIn("b1")).Order(StringComparer.Ordinal));
        Assert.Equal("第一党小组", nudges.Single(n => n.Kind == MeetingKind.GroupMeeting).GroupName);
        Assert.Equal("2026年第四季度", ComplianceTexts.Period(nudges.Single(n => n.Kind == MeetingKind.GeneralMeeting).Period));
        Assert.Equal("2026年", ComplianceTexts.Period(nudges.Single(n => n.Kind == MeetingKind.DemocraticReview).Period));
    }

    [Fact]
    public async Task An_impossible_quarter_is_a_problem()
    {
        await using var branch = await CreateAsync();
        Assert.False((await branch.Compliance.LedgerAsync(2026, 5, None)).Succeeded);
    }

    [Fact]
    public async Task Empty_periods_that_ended_before_the_branch_was_set_up_are_not_missed_but_can_be_recorded()
    {
        await using var branch = await CreateAsync();
        await BranchSetUp.BackdateAsync(branch.Bot.Services, Beijing(2026, 10, 20, 9));
        var recorder = branch.Bot.Services.GetRequiredService<RecordedMeetingService>();

        var before = (await branch.Compliance.LedgerAsync(2026, null, None)).Value!;
        var themed = before.Rows.Where(r => r.Kind == MeetingKind.ThemedPartyDay).ToDictionary(r => r.Period.Key);
        Assert.Equal((LedgerStatus.BeforeSetup, "启用前（可补录）"), (themed["2026-09"].Status, ComplianceTexts.Status(themed["2026-09"].Status)));
        Assert.Equal(LedgerStatus.Missed, themed["2026-10"].Status);
        Assert.DoesNotContain(before.MissedRows, r => r.Period.Key == "2026-09");
        Assert.Contains(before.BeforeSetupRows, r => r.Kind == MeetingKind.ThemedPartyDay && r.Period.Key == "2026-09");

        var recorded = await recorder.RecordAsync(
            new RecordedMeetingDraft { Kind = MeetingKind.ThemedPartyDay, StartsAt = Beijing(2026, 9, 18, 15), Topic = "参观红色教育基地", EveryoneAttended = true },
            branch.Secretary, None);
        Assert.True(recorded.Succeeded, recorded.Problem?.ToString());

        var after = (await branch.Compliance.LedgerAsync(2026, null, None)).Value!.Rows
            .Single(r => r.Kind == MeetingKind.ThemedPartyDay && r.Period.Key == "2026-09");
        Assert.Equal((LedgerStatus.Met, 1), (after.Status, after.Held));
    }

    [Fact]
    public async Task A_period_running_when_the_branch_was_set_up_is_judged_as_usual()
    {
        await using var branch = await CreateAsync();

        var rows = (await branch.Compliance.LedgerAsync(2026, null, None)).Value!.Rows
            .Where(r => r.Kind == MeetingKind.GeneralMeeting).ToDictionary(r => r.Period.Key);

        Assert.Equal(LedgerStatus.BeforeSetup, rows["2026-Q3"].Status);
        Assert.Equal(LedgerStatus.InProgress, rows["2026-Q4"].Status);
    }
}
