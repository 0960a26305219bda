using BranchBot.Core.Membership;

namespace BranchBot.Core.Talks;

/// <summary>
/// Plans the rest of the year's talks in rounds. In each round everyone talks at most once, and the round is filled
/// until nobody left can be paired without someone talking twice. A member left over in a round goes first in the
/// next. Rounds are spread evenly up to the year end. The same input always gives the same plan.
/// </summary>
public static class TalkPairingPlanner
{
    public static TalkPlan Plan(IReadOnlyList<TalkPair> uncoveredPairs, IReadOnlyList<Member> members, DateOnly from, DateOnly yearEnd)
    {
        ArgumentNullException.ThrowIfNull(uncoveredPairs);
        ArgumentNullException.ThrowIfNull(members);
        var remaining = uncoveredPairs.DistinctBy(p => p.Key).ToList();
        if (remaining.Count == 0)
        {
            return TalkPlan.Empty;
        }

        var rank = Ranks(members, remaining);
        var rounds = new List<List<TalkPair>>();
        var leftOver = new List<string>();
        while (remaining.Count > 0)
        {
            var round = MatchRound(remaining, rank, leftOver, out leftOver);
            rounds.Add(round);
        }

        var talks = rounds
            .SelectMany((round, index) => round.Select(pair => new PlannedTalk(pair, index, DueDate(index, rounds.Count, from, yearEnd))))
            .ToList();
        return new TalkPlan(talks, rounds.Count);
    }

    /// <summary>One round: a maximal matching over the remaining pairs, taken out of <paramref name="remaining"/>.</summary>
    private static List<TalkPair> MatchRound(List<TalkPair> remaining, Dictionary<string, int> rank, List<string> firstInLine, out List<string> leftOver)
    {
        var degree = Degrees(remaining);
        var first = firstInLine.Where(degree.ContainsKey).ToList();
        var firstSet = first.ToHashSet(StringComparer.Ordinal);
        var queue = first.Concat(degree.Keys.Where(id => !firstSet.Contains(id)).OrderByDescending(id => degree[id]).ThenBy(id => rank[id]))
            .ToList();

        var busy = new HashSet<string>(StringComparer.Ordinal);
        var round = new List<TalkPair>();
        foreach (var memberId in queue)
        {
            if (busy.Contains(memberId))
            {
                continue;
            }

            var chosen = remaining
                .Where(p => p.Involves(memberId) && !busy.Contains(p.PartnerOf(memberId)))
                .OrderByDescending(p => firstSet.Contains(p.PartnerOf(memberId)))
                .ThenByDescending(p => degree[p.PartnerOf(memberId)])
                .ThenBy(p => rank[p.PartnerOf(memberId)])
                .FirstOrDefault();
            if (chosen is null)
            {
                continue;
            }

            round.Add(chosen);
            busy.Add(chosen.FirstId);
            busy.Add(chosen.SecondId);
            remaining.Remove(chosen);
        }

        leftOver = [.. queue.Where(id => !busy.Contains(id) && remaining.Any(p => p.Involves(id)))];
        return round;
    }

    /// <summary>Round <paramref name="index"/> of <paramref name="count"/> is due after its share of the days left, the last on the year end.</summary>
    public static DateOnly DueDate(int index, int count, DateOnly from, DateOnly yearEnd)
    {
        if (count <= 0 || from >= yearEnd)
        {
            return yearEnd;
        }

        var days = yearEnd.DayNumber - from.DayNumber;
        var offset = (int)Math.Ceiling((index + 1) * (double)days / count);
        return from.AddDays(Math.Min(offset, days));
    }

    private static Dictionary<string, int> Degrees(IEnumerable<TalkPair> pairs)
    {
        var degree = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            degree[pair.FirstId] = degree.GetValueOrDefault(pair.FirstId) + 1;
            degree[pair.SecondId] = degree.GetValueOrDefault(pair.SecondId) + 1;
        }

        return degree;
    }

    /// <summary>Position of each member in <see cref="MemberOrder"/>; ids not among the members come after, by id.</summary>
    private static Dictionary<string, int> Ranks(IReadOnlyList<Member> members, IEnumerable<TalkPair> pairs)
    {
        var ordered = members.OrderBy(m => m, MemberOrder.Instance).Select(m => m.Id).ToList();
        var known = ordered.ToHashSet(StringComparer.Ordinal);
        ordered.AddRange(pairs.SelectMany(p => new[] { p.FirstId, p.SecondId }).Where(id => !known.Contains(id)).Distinct().Order(StringComparer.Ordinal));
        return ordered.Select((id, index) => (id, index)).DistinctBy(x => x.id).ToDictionary(x => x.id, x => x.index, StringComparer.Ordinal);
    }
}
