using BranchBot.Core.Knowledge.Questions;
using BranchBot.Core.Meetings;
using BranchBot.Core.Organisation;
using BranchBot.Core.Organisation.Oversight;
using BranchBot.Core.Talks;
using BranchBot.Tests.Meetings.Chat;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Organisation.Oversight;

/// <summary>
/// The facts the oversight gathers for the deployment's branch are the branch's own: its 台账 rows, its 谈心 coverage
/// and its open 待答 count, read through <see cref="IBranchServices"/>; and a branch this process does not serve is
/// refused, never answered with the served branch's data.
/// </summary>
public class BranchFactsGathererTests
{
    [Fact]
    public async Task The_gathered_facts_agree_with_the_branch_ledger_talk_coverage_and_open_questions()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        await BranchSetUp.BackdateAsync(bot.Services, BranchSetUp.StartOf2026);
        branch.At(16, 0);
        var questions = bot.Services.GetRequiredService<IPendingQuestionStore>();
        await questions.AddAsync(new PendingQuestion { Question = "党费怎么交", AskerId = "m1", AskerName = "张三", AskedAt = bot.Clock.GetUtcNow() }, CancellationToken.None);
        await questions.AddAsync(new PendingQuestion { Question = "已答的问题", AskerId = "m1", AskerName = "张三", AskedAt = bot.Clock.GetUtcNow(), State = PendingQuestionState.Answered }, CancellationToken.None);

        var root = await RootAsync(bot.Services);
        var gatherer = bot.Services.GetRequiredService<BranchFactsGatherer>();
        var period = OverviewPeriod.Quarter(2026, 4);
        var facts = Assert.Single(await gatherer.GatherAsync([root.Id], period, CancellationToken.None));
        Assert.Equal(bot.Services.GetRequiredService<BranchContext>().Id, facts.Id);
        Assert.Equal("机关第一党支部", facts.Name);
        Assert.Equal("机关第一党支部", facts.Path);
        Assert.Equal(1, facts.OpenQuestions);

        var coverage = await bot.Services.GetRequiredService<TalkCoverageService>().CoverageAsync(2026, CancellationToken.None);
        Assert.Equal(new TalkCounts(coverage.Covered, coverage.Required), facts.Talks);
        Assert.True(coverage.Required > 0);

        var report = await gatherer.OverviewAsync([root.Id], period, CancellationToken.None);
        var ledger = (await bot.Services.GetRequiredService<ComplianceService>().LedgerAsync(2026, 4, CancellationToken.None)).Value!;
        Assert.Equal(ledger.Rows, Assert.Single(report.Rows).LedgerRows);
        Assert.Contains(ledger.Rows, r => r.Status == LedgerStatus.Missed);
    }

    [Fact]
    public async Task A_unit_outside_the_tree_gathers_nothing_and_another_branch_id_is_refused()
    {
        await using var bot = new BotHarness();
        bot.ClaimedBranch();
        var gatherer = bot.Services.GetRequiredService<BranchFactsGatherer>();
        Assert.Empty(await gatherer.GatherAsync(["ou_elsewhere"], OverviewPeriod.Quarter(2026, 4), CancellationToken.None));

        var branches = bot.Services.GetRequiredService<IBranchServices>();
        var served = bot.Services.GetRequiredService<BranchContext>().Id;
        Assert.NotNull(branches.For(served));
        var refused = Assert.Throws<BranchNotServedException>(() => branches.For("ou_otherbranch"));
        Assert.Equal("ou_otherbranch", refused.BranchId);
    }

    private static async Task<OrgUnit> RootAsync(IServiceProvider services) =>
        (await services.GetRequiredService<IOrganisationStore>().ListUnitsAsync(CancellationToken.None)).Single(u => u.IsRoot);
}
