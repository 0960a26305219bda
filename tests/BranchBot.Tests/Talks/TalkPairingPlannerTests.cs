using BranchBot.Core.Membership;
using BranchBot.Core.Talks;

namespace BranchBot.Tests.Talks;

public class TalkPairingPlannerTests
{
    private static readonly DateOnly March = new(2026, 3, 1);
    private static readonly DateOnly YearEnd = new(2026, 12, 31);

    [Fact]
    public void Every_missing_pair_is_planned_exactly_once()
    {
        var (members, pairs) = Branch();

        var plan = TalkPairingPlanner.Plan(pairs, members, March, YearEnd);

        Assert.Equal(18, plan.Talks.Count);
        Assert.Equal(pairs.Select(p => p.Key).Order(StringComparer.Ordinal), plan.Talks.Select(t => t.Pair.Key).Order(StringComparer.Ordinal));
        Assert.Equal(pairs.Count(p => p.Type == TalkPairType.CommitteeCommittee), plan.Talks.Count(t => t.Pair.Type == TalkPairType.CommitteeCommittee));
    }

    [Fact]
    public void Nobody_talks_twice_in_a_round()
    {
        var (members, pairs) = Branch(trackMemberPairs: true);

        var plan = TalkPairingPlanner.Plan(pairs, members, March, YearEnd);

        foreach (var round in plan.Talks.GroupBy(t => t.Round))
        {
            var people = round.SelectMany(t => new[] { t.Pair.FirstId, t.Pair.SecondId }).ToList();
            Assert.Equal(people.Count, people.Distinct().Count());
        }
    }

    [Fact]
    public void A_round_is_filled_before_anyone_talks_again()
    {
        var (members, pairs) = Branch(trackMemberPairs: true);

        var plan = TalkPairingPlanner.Plan(pairs, members, March, YearEnd);

        // Maximal rounds: no pair planned later could have been added to an earlier round without someone talking twice.
        for (var round = 0; round < plan.Rounds; round++)
        {
            var busy = plan.Talks.Where(t => t.Round == round).SelectMany(t => new[] { t.Pair.FirstId, t.Pair.SecondId }).ToHashSet();
            var later = plan.Talks.Where(t => t.Round > round);
            Assert.DoesNotContain(later, t => !busy.Contains(t.Pair.FirstId) && !busy.Contains(t.Pair.SecondId));
        }
    }

    [Fact]
    public void With_three_people_the_one_left_over_goes_first_in_the_next_round()
    {
        var members = new[] { Person("c1", "王书记", MemberRole.Secretary), Person("c2", "李委员", MemberRole.Committee), Person("c3", "陈委员", MemberRole.Committee) };
        var pairs = TalkCoverageService.RequiredPairs(members, trackMemberPairs: false);

        var plan = TalkPairingPlanner.Plan(pairs, members, March, YearEnd);

        Assert.Equal(3, plan.Rounds);
        Assert.All(plan.Talks.GroupBy(t => t.Round), round => Assert.Single(round));
        Assert.Equal(["c1|c2", "c1|c3", "c2|c3"], plan.Talks.OrderBy(t => t.Round).Select(t => t.Pair.Key));
        for (var round = 0; round < 2; round++)
        {
            var pair = plan.Talks.Single(t => t.Round == round).Pair;
            var leftOver = members.Single(m => !pair.Involves(m.Id));
            Assert.True(plan.Talks.Single(t => t.Round == round + 1).Pair.Involves(leftOver.Id));
        }
    }

    [Fact]
    public void With_five_people_talking_to_each_other_whoever_sits_out_talks_in_the_next_round()
    {
        var members = Enumerable.Range(1, 5).Select(i => Person($"m{i}", $"党员{i}", MemberRole.Member)).ToList();
        var pairs = TalkCoverageService.RequiredPairs(members, trackMemberPairs: true);

        var plan = TalkPairingPlanner.Plan(pairs, members, March, YearEnd);

        Assert.Equal(10, plan.Talks.Count);
        Assert.Equal(5, plan.Rounds);
        for (var round = 0; round < plan.Rounds - 1; round++)
        {
            var playing = plan.Talks.Where(t => t.Round == round).SelectMany(t => new[] { t.Pair.FirstId, t.Pair.SecondId }).ToHashSet();
            var next = plan.Talks.Where(t => t.Round == round + 1).SelectMany(t => new[] { t.Pair.FirstId, t.Pair.SecondId }).ToHashSet();
            var sittingOut = members.Select(m => m.Id).Where(id => !playing.Contains(id) && plan.Talks.Any(t => t.Round > round && t.Pair.Involves(id)));
            Assert.All(sittingOut, id => Assert.Contains(id, next));
        }
    }

    [Fact]
    public void The_same_missing_pairs_in_any_order_give_the_same_plan()
    {
        var (members, pairs) = Branch(trackMemberPairs: true);

        var plan = TalkPairingPlanner.Plan(pairs, members, March, YearEnd);
        var reversed = TalkPairingPlanner.Plan([.. pairs.Reverse()], [.. members.Reverse()], March, YearEnd);

        Assert.Equal(plan.Talks.Select(t => (t.Pair.Key, t.Round, t.DueDate)), reversed.Talks.Select(t => (t.Pair.Key, t.Round, t.DueDate)));
    }

    [Fact]
    public void Due_dates_are_spread_evenly_over_the_remaining_months_and_the_last_round_ends_the_year()
    {
        var (members, pairs) = Branch();

        var plan = TalkPairingPlanner.Plan(pairs, members, March, YearEnd);
        var dueByRound = plan.Talks.GroupBy(t => t.Round).OrderBy(g => g.Key).Select(g => Assert.Single(g.Select(t => t.DueDate).Distinct())).ToList();
        var gaps = dueByRound.Prepend(March).Zip(dueByRound, (earlier, later) => later.DayNumber - earlier.DayNumber).ToList();

        Assert.True(plan.Rounds >= 7, $"{plan.Rounds} rounds");
        Assert.True(dueByRound[0] > March);
        Assert.Equal(YearEnd, dueByRound[^1]);
        Assert.True(gaps.Max() - gaps.Min() <= 1, string.Join(",", gaps));
        Assert.True(dueByRound.Select(d => d.Month).Distinct().Count() >= 7);
    }

    [Fact]
    public void Nothing_missing_gives_an_empty_plan_and_a_late_start_makes_everything_due_at_the_year_end()
    {
        var (members, pairs) = Branch();

        var empty = TalkPairingPlanner.Plan([], members, March, YearEnd);
        var late = TalkPairingPlanner.Plan(pairs, members, YearEnd, YearEnd);

        Assert.Empty(empty.Talks);
        Assert.Equal(0, empty.Rounds);
        Assert.All(late.Talks, t => Assert.Equal(YearEnd, t.DueDate));
    }

    private static (IReadOnlyList<Member> Members, IReadOnlyList<TalkPair> Pairs) Branch(bool trackMemberPairs = false)
    {
        Member[] members =
        [
            Person("s1", "王书记", MemberRole.Secretary),
            Person("c1", "李委员", MemberRole.Committee),
            Person("c2", "陈委员", MemberRole.Committee),
            Person("m1", "张三", MemberRole.Member),
            Person("m2", "李四", MemberRole.Member),
            Person("m3", "王五", MemberRole.Member),
            Person("m4", "赵六", MemberRole.Member),
            Person("m5", "孙七", MemberRole.Member),
        ];
        return (members, TalkCoverageService.RequiredPairs(members, trackMemberPairs));
    }

    private static Member Person(string id, string name, MemberRole role) => new() { Id = id, Name = name, Role = role };
}
