using BranchBot.Core.Meetings;
using BranchBot.Core.Organisation.Oversight;

namespace BranchBot.Tests.Organisation.Oversight;

/// <summary>The overview against the hand-computed fixture (Organisation/Fixtures/overview-*.tsv), without storage.</summary>
public class OrganisationOverviewTests
{
    private static readonly OverviewFixture Fixture = OverviewFixture.Load();

    [Theory]
    [InlineData("2026-Q3")]
    [InlineData("2026-Q4")]
    public void Every_branchs_rules_have_the_hand_computed_status_and_counts(string quarter)
    {
        var report = OrganisationOverview.Compute(Fixture.Facts(quarter), OverviewFixture.PeriodOf(quarter), OverviewFixture.Now);

        Assert.Equal(
            Fixture.ExpectedCellLines(quarter),
            report.Rows.OrderBy(r => r.BranchId, StringComparer.Ordinal).SelectMany(OverviewFixture.CellLines));
    }

    [Theory]
    [InlineData("2026-Q3")]
    [InlineData("2026-Q4")]
    public void Branches_come_red_first_with_their_talks_receipts_and_open_questions(string quarter)
    {
        var report = OrganisationOverview.Compute(Fixture.Facts(quarter), OverviewFixture.PeriodOf(quarter), OverviewFixture.Now);

        var expected = Fixture.ExpectedRows.Where(r => r.Quarter == quarter).OrderBy(r => r.Position)
            .Select(r => $"{r.BranchId} {r.Attention} 谈心 {r.Talks} 回执 {r.Receipts} 待答 {r.OpenQuestions}");
        var actual = report.Rows.Select(r =>
            $"{r.BranchId} {r.Attention} 谈心 {r.Talks.Covered}/{r.Talks.Needed} 回执 {r.Receipts.Percent?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} 待答 {r.OpenQuestions}");
        Assert.Equal(expected, actual);
        Assert.Equal(Fixture.ExpectedRows.Count(r => r.Quarter == quarter && r.Attention != OverviewAttention.None), report.RedCount);
    }

    [Fact]
    public void A_months_overview_shows_that_month_and_the_quarter_and_year_containing_it()
    {
        var facts = Fixture.Facts("2026-Q4").Single(f => f.Id == "b2");

        var row = Assert.Single(OrganisationOverview.Compute([facts], OverviewPeriod.Month(2026, 11), OverviewFixture.Now).Rows);

        Assert.Equal(
            ["党员大会 2026-Q4 Met", "党课 2026-Q4 InProgress", "主题党日 2026-11 InProgress", "组织生活会 2026 Met", "民主评议党员 2026 Met"],
            row.Rules.Select(c => $"{c.KindName} {OverviewFixture.KeysOf(c.Rows)} {c.Status}"));
        Assert.Equal(OverviewAttention.AtRisk, row.Attention);
    }

    [Fact]
    public void A_years_overview_holds_every_month_and_quarter_of_the_year()
    {
        var facts = Fixture.Facts("2026-Q4").Single(f => f.Id == "b1");

        var row = Assert.Single(OrganisationOverview.Compute([facts], OverviewPeriod.WholeYear(2026), OverviewFixture.Now).Rows);

        Assert.Equal(4, row.Rules.Single(c => c.Kind == MeetingKind.GeneralMeeting).Rows.Count);
        Assert.Equal(24, row.Rules.Single(c => c.Kind == MeetingKind.GroupMeeting).Rows.Count);
        // January to June had no meetings in a branch using the bot since 1 January.
        Assert.Equal(LedgerStatus.Missed, row.Rules.Single(c => c.Kind == MeetingKind.ThemedPartyDay).Status);
    }

    [Fact]
    public void The_columns_are_every_rule_of_any_branch_in_meeting_kind_order()
    {
        var report = OrganisationOverview.Compute(Fixture.Facts("2026-Q3"), OverviewFixture.PeriodOf("2026-Q3"), OverviewFixture.Now);

        Assert.Equal(["党员大会", "支委会", "党小组会", "党课", "主题党日", "组织生活会", "民主评议党员"], report.Columns.Select(c => c.KindName));
        var b2 = report.Rows.Single(r => r.BranchId == "b2");
        Assert.Null(b2.CellOf(new RuleColumn(MeetingKind.CommitteeMeeting, CompliancePeriod.Month)));
        Assert.Equal(LedgerStatus.Missed, b2.CellOf(new RuleColumn(MeetingKind.GeneralMeeting, CompliancePeriod.Quarter))!.Status);
    }

    [Theory]
    [InlineData(new[] { LedgerStatus.Met, LedgerStatus.Missed, LedgerStatus.InProgress }, LedgerStatus.Missed)]
    [InlineData(new[] { LedgerStatus.Met, LedgerStatus.InProgress, LedgerStatus.NotStarted }, LedgerStatus.InProgress)]
    [InlineData(new[] { LedgerStatus.Met, LedgerStatus.Met, LedgerStatus.NotStarted }, LedgerStatus.InProgress)]
    [InlineData(new[] { LedgerStatus.NotStarted, LedgerStatus.NotStarted }, LedgerStatus.NotStarted)]
    [InlineData(new[] { LedgerStatus.BeforeSetup, LedgerStatus.Met }, LedgerStatus.BeforeSetup)]
    [InlineData(new[] { LedgerStatus.Met, LedgerStatus.Met }, LedgerStatus.Met)]
    public void A_cell_combines_its_periods_worst_first(LedgerStatus[] statuses, LedgerStatus combined)
    {
        var month = CompliancePeriods.Month(2026, 11, OverviewFixture.Zone);
        var rows = statuses.Select(s => new LedgerRow(MeetingKind.ThemedPartyDay, month, null, null, 1, 0, 0, s, string.Empty)).ToList();

        Assert.Equal(combined, RuleCell.Combine(rows));
    }

    [Theory]
    [InlineData(0, 0, null)]
    [InlineData(9, 10, 90)]
    [InlineData(199, 200, 99)]
    [InlineData(10, 10, 100)]
    public void Receipts_round_down_so_that_only_everyone_is_100_percent(int acknowledged, int recipients, int? percent) =>
        Assert.Equal(percent, new ReceiptCounts(acknowledged, recipients).Percent);
}
