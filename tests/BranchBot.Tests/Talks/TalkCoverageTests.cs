using BranchBot.Core.Membership;
using BranchBot.Core.Talks;
using BranchBot.Dialogs.Talks;
using static BranchBot.Tests.Talks.TalkBranch;

namespace BranchBot.Tests.Talks;

/// <summary>A realistic branch: 王书记, two 支委 and five 党员, with talks through 2026 and one on 31 December 2025.</summary>
public class TalkCoverageTests
{
    [Fact]
    public async Task Coverage_counts_committee_pairs_and_committee_member_pairs_covered_in_the_year()
    {
        await using var branch = await RealisticBranchAsync();

        var coverage = await branch.Coverage.CoverageAsync(2026, None);

        Assert.Equal([(TalkPairType.CommitteeCommittee, 3, 2), (TalkPairType.CommitteeMember, 15, 3)],
            coverage.Types.Select(t => (t.Type, t.Required, t.Covered)));
        Assert.Equal(["支委之间", "支委与党员"], coverage.Types.Select(t => TalkLabels.PairType(t.Type)));
        Assert.Equal((18, 5, 13), (coverage.Required, coverage.Covered, coverage.Uncovered.Count));
        Assert.Contains(coverage.Uncovered, u => Is(u, "王书记", "陈委员") && u.Pair.Type == TalkPairType.CommitteeCommittee);
        Assert.Contains(coverage.Uncovered, u => Is(u, "王书记", "王五"));
        Assert.DoesNotContain(coverage.Uncovered, u => Is(u, "李委员", "赵六"));
        Assert.DoesNotContain(coverage.Uncovered, u => Is(u, "陈委员", "李四"));
        Assert.False(coverage.IsComplete);
    }

    [Fact]
    public async Task Each_member_is_told_whom_they_still_need_to_talk_with()
    {
        await using var branch = await RealisticBranchAsync();

        var coverage = await branch.Coverage.CoverageAsync(2026, None);
        var needs = coverage.PerMember.ToDictionary(n => n.Member.Name, n => n.StillToTalkWith.Select(m => m.Name).ToList());

        Assert.Equal(["陈委员", "孙七", "李四", "王五", "赵六"], needs["王书记"]);
        Assert.Equal(["王书记", "李委员", "陈委员"], needs["孙七"]);
        Assert.Equal(["王书记", "李委员", "陈委员"], needs["王五"]);
        Assert.Equal(["李委员", "陈委员"], needs["张三"]);
        Assert.Equal(["王书记", "李委员"], needs["李四"]);
        Assert.Equal(8, needs.Count);
    }

    [Fact]
    public async Task Member_pairs_are_counted_only_when_the_branch_tracks_them()
    {
        await using var branch = await RealisticBranchAsync(options => options.TrackMemberPairs = true);

        var coverage = await branch.Coverage.CoverageAsync(2026, None);

        Assert.Equal((TalkPairType.MemberMember, 10, 1), (coverage.Types[2].Type, coverage.Types[2].Required, coverage.Types[2].Covered));
        Assert.Equal("党员之间", TalkLabels.PairType(coverage.Types[2].Type));
        Assert.Equal(28 - 6, coverage.Uncovered.Count);
        Assert.Contains(coverage.PerMember.Single(n => n.Member.Name == "张三").StillToTalkWith, m => m.Name == "王五");
    }

    [Fact]
    public async Task A_talk_on_the_last_day_of_the_previous_year_counts_for_that_year_only()
    {
        await using var branch = await RealisticBranchAsync();

        var lastYear = await branch.Coverage.CoverageAsync(2025, None);

        Assert.Equal([(TalkPairType.CommitteeCommittee, 0), (TalkPairType.CommitteeMember, 1)], lastYear.Types.Select(t => (t.Type, t.Covered)));
        Assert.DoesNotContain(lastYear.Uncovered, u => Is(u, "王书记", "王五"));
    }

    [Fact]
    public async Task A_removed_member_is_no_longer_required_to_talk()
    {
        await using var branch = await RealisticBranchAsync();
        await branch.Bot.Membership.RemoveMemberAsync("孙七", branch.Secretary, None);

        var coverage = await branch.Coverage.CoverageAsync(2026, None);

        Assert.Equal(12, coverage.Types[1].Required);
        Assert.DoesNotContain(coverage.Uncovered, u => u.First.Name == "孙七" || u.Second.Name == "孙七");
    }

    [Theory]
    [InlineData(false, 2026, 5, 18)]
    [InlineData(true, 2026, 6, 28)]
    [InlineData(false, 2025, 1, 18)]
    public async Task The_counts_alone_are_the_totals_of_the_full_coverage(bool trackMemberPairs, int year, int covered, int required)
    {
        await using var branch = await RealisticBranchAsync(options => options.TrackMemberPairs = trackMemberPairs);

        var full = await branch.Coverage.CoverageAsync(year, None);
        var counts = await branch.Coverage.CountsAsync(year, None);

        Assert.Equal((covered, required), counts);
        Assert.Equal((full.Covered, full.Required), counts);
    }

    [Fact]
    public async Task The_counts_alone_leave_out_a_removed_member_and_their_talks()
    {
        await using var branch = await RealisticBranchAsync();
        await branch.RecordAsync(branch.Secretary, "孙七", date: new DateOnly(2026, 2, 1));
        Assert.Equal((6, 18), await branch.Coverage.CountsAsync(2026, None));

        await branch.Bot.Membership.RemoveMemberAsync("孙七", branch.Secretary, None);

        var full = await branch.Coverage.CoverageAsync(2026, None);
        Assert.Equal((5, 15), await branch.Coverage.CountsAsync(2026, None));
        Assert.Equal((full.Covered, full.Required), await branch.Coverage.CountsAsync(2026, None));
    }

    [Fact]
    public async Task Years_before_2000_or_after_this_year_are_refused()
    {
        await using var branch = await CreateAsync();

        Assert.Equal(2026, branch.Coverage.CheckYear(2026).Value);
        Assert.Equal(2025, branch.Coverage.CheckYear(2025).Value);
        Assert.Equal(new TalkProblem.YearOutOfRange(2000, 2026), branch.Coverage.CheckYear(2027).Problem);
        Assert.Equal(new TalkProblem.YearOutOfRange(2000, 2026), branch.Coverage.CheckYear(1999).Problem);
    }

    internal static async Task<TalkBranch> RealisticBranchAsync(Action<TalkOptions>? options = null)
    {
        var branch = await CreateAsync(options);
        var li = await branch.AddAsync("李委员", MemberRole.Committee);
        var chen = await branch.AddAsync("陈委员", MemberRole.Committee);
        var zhang = await branch.AddAsync("张三");
        var lisi = await branch.AddAsync("李四");
        await branch.AddAsync("王五");
        await branch.AddAsync("赵六");
        await branch.AddAsync("孙七");
        var secretary = branch.Secretary;

        await branch.RecordAsync(secretary, "李委员", date: new DateOnly(2026, 3, 10));
        await branch.RecordAsync(chen, "李委员", date: new DateOnly(2026, 5, 1));
        await branch.RecordAsync(secretary, "张三", date: new DateOnly(2026, 6, 1));
        await branch.RecordAsync(lisi, "陈委员", date: new DateOnly(2026, 7, 1));
        await branch.RecordAsync(li, "赵六", date: new DateOnly(2026, 1, 1));
        await branch.RecordAsync(secretary, "王五", date: new DateOnly(2025, 12, 31));
        await branch.RecordAsync(zhang, "李四", date: new DateOnly(2026, 8, 1));
        await branch.RecordAsync(zhang, "王书记", date: new DateOnly(2026, 9, 1));
        return branch;
    }

    private static bool Is(UncoveredPair pair, string one, string other) =>
        (pair.First.Name == one && pair.Second.Name == other) || (pair.First.Name == other && pair.Second.Name == one);
}
