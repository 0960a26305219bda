using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Organisation.Oversight;
using BranchBot.Tests.Meetings;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Organisation.Oversight;

/// <summary>
/// Each fixture branch stored in a real bot (in-memory LiteDB): the overview built from what ComplianceService loads
/// holds exactly the rows of that branch's own 台账 and nudges, and matches the hand-computed fixture. It fails if the
/// overview counted, dated or judged a meeting differently from the branch's 台账.
/// </summary>
public class OverviewAgreesWithLedgerTests
{
    private static readonly OverviewFixture Fixture = OverviewFixture.Load();

    [Theory]
    [InlineData("b1")]
    [InlineData("b2")]
    [InlineData("b3")]
    public async Task The_overview_of_a_stored_branch_holds_its_own_ledger_rows_and_nudges(string branchId)
    {
        var fixtureBranch = Fixture.Branches.Single(b => b.Id == branchId);
        await using var branch = await StoreAsync(fixtureBranch);
        var compliance = branch.Compliance;
        Assert.Equal(OverviewFixture.Now, branch.Bot.Clock.GetUtcNow());
        var inputs = await compliance.InputsAsync(2026, MeetingBranch.None);

        foreach (var quarter in new[] { "2026-Q3", "2026-Q4" })
        {
            var row = RowOf(Fixture.FactsOf(fixtureBranch, quarter, inputs), OverviewFixture.PeriodOf(quarter));
            var ledger = (await compliance.LedgerAsync(2026, OverviewFixture.PeriodOf(quarter).Number, MeetingBranch.None)).Value!;
            Assert.Equal(ledger.Rows, row.LedgerRows);
            Assert.Equal(Fixture.ExpectedCellLines(quarter, branchId), OverviewFixture.CellLines(row));
        }

        var year = RowOf(Fixture.FactsOf(fixtureBranch, "2026-Q4", inputs), OverviewPeriod.WholeYear(2026));
        Assert.Equal((await compliance.LedgerAsync(2026, null, MeetingBranch.None)).Value!.Rows, year.LedgerRows);

        var month = RowOf(Fixture.FactsOf(fixtureBranch, "2026-Q4", inputs), OverviewPeriod.Month(2026, 11));
        var nudges = await compliance.DueNudgesAsync(OverviewFixture.Now, MeetingBranch.None);
        Assert.Equal(
            nudges.Select(n => (n.Kind, n.Period, n.GroupId)),
            month.Rules.SelectMany(c => c.AtRiskRows).Select(r => (r.Kind, r.Period, r.GroupId)));
    }

    private static OverviewRow RowOf(BranchFacts facts, OverviewPeriod period) =>
        Assert.Single(OrganisationOverview.Compute([facts], period, OverviewFixture.Now).Rows);

    /// <summary>A claimed branch holding the fixture branch's committee, 党小组, meetings and set-up time.</summary>
    private static async Task<MeetingBranch> StoreAsync(FixtureBranch fixtureBranch)
    {
        var branch = await MeetingBranch.CreateAsync();
        if (fixtureBranch.Committee)
        {
            await branch.AddAsync("李委员", role: MemberRole.Committee);
        }

        for (var i = 0; i < fixtureBranch.Groups.Count; i++)
        {
            await branch.AddAsync($"组员{i + 1}", fixtureBranch.Groups[i]);
        }

        var store = branch.Bot.Services.GetRequiredService<IMeetingStore>();
        foreach (var meeting in Fixture.Meetings.Where(m => m.BranchId == fixtureBranch.Id))
        {
            await store.SaveAsync(meeting.ToMeeting(meeting.Group is { } g ? await branch.GroupIdAsync(g) : null), MeetingBranch.None);
        }

        await BranchSetUp.BackdateAsync(branch.Bot.Services, fixtureBranch.SetUp);
        return branch;
    }
}
