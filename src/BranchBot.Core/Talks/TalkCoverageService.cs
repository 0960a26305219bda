using BranchBot.Core.Membership;
using BranchBot.Core.Time;
using Microsoft.Extensions.Options;

namespace BranchBot.Core.Talks;

/// <summary>
/// 谈心情况: which of the yearly required pairs (支委之间, 支委与党员, and 党员之间 when tracked) have a talk record in
/// the year (branch-local dates). Only active members are required to talk.
/// </summary>
public sealed class TalkCoverageService(ITalkStore store, IMembershipStore members, BranchClock clock, IOptions<TalkOptions> options)
{
    public const int EarliestYear = 2000;

    /// <summary>The branch-local current year.</summary>
    public int CurrentYear => clock.Now.Year;

    /// <summary>The year, or a problem when a typed year cannot be shown.</summary>
    public Outcome<int, TalkProblem> CheckYear(int year) =>
        year < EarliestYear || year > CurrentYear ? new TalkProblem.YearOutOfRange(EarliestYear, CurrentYear) : Outcome<int, TalkProblem>.Ok(year);

    public async Task<TalkCoverage> CoverageAsync(int year, CancellationToken cancellationToken)
    {
        var active = (await members.ListMembersAsync(cancellationToken)).Where(m => m.IsActive).OrderBy(m => m, MemberOrder.Instance).ToList();
        var records = await store.ListBetweenAsync(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), cancellationToken);
        var talked = records.Select(r => TalkPair.KeyOf(r.AuthorId, r.OtherId)).ToHashSet(StringComparer.Ordinal);

        var required = RequiredPairs(active, options.Value.TrackMemberPairs);
        var byId = active.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var uncovered = required.Where(p => !talked.Contains(p.Key)).Select(p => new UncoveredPair(p, byId[p.FirstId], byId[p.SecondId])).ToList();

        var types = TrackedTypes(options.Value.TrackMemberPairs)
            .Select(type => new PairTypeCoverage(type, required.Count(p => p.Type == type), required.Count(p => p.Type == type && talked.Contains(p.Key))))
            .ToList();

        var perMember = active
            .Select(m => new MemberTalkNeeds(m, [.. uncovered.Where(u => u.Pair.Involves(m.Id)).Select(u => byId[u.Pair.PartnerOf(m.Id)]).OrderBy(p => p, MemberOrder.Instance)]))
            .Where(needs => needs.StillToTalkWith.Count > 0)
            .ToList();

        return new TalkCoverage(year, types, uncovered, perMember);
    }

    /// <summary>
    /// The totals of <see cref="CoverageAsync"/> alone (required pairs with a talk in the year, and all required
    /// pairs), counted without ordering members or listing who still has to talk with whom: the organisation overview
    /// shows these two numbers for each of its hundreds of branches, and the full coverage, sorted in Chinese order,
    /// was most of what the overview allocated.
    /// </summary>
    public async Task<(int Covered, int Required)> CountsAsync(int year, CancellationToken cancellationToken)
    {
        var committeeByMember = (await members.ListMembersAsync(cancellationToken)).Where(m => m.IsActive)
            .ToDictionary(m => m.Id, m => m.IsCommittee, StringComparer.Ordinal);
        var trackMemberPairs = options.Value.TrackMemberPairs;
        var committee = committeeByMember.Values.Count(isCommittee => isCommittee);
        var rank = committeeByMember.Count - committee;
        var required = (committee * (committee - 1) / 2) + (committee * rank) + (trackMemberPairs ? rank * (rank - 1) / 2 : 0);

        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in await store.ListBetweenAsync(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), cancellationToken))
        {
            if (record.AuthorId != record.OtherId
                && committeeByMember.TryGetValue(record.AuthorId, out var authorInCommittee)
                && committeeByMember.TryGetValue(record.OtherId, out var otherInCommittee)
                && (authorInCommittee || otherInCommittee || trackMemberPairs))
            {
                covered.Add(TalkPair.KeyOf(record.AuthorId, record.OtherId));
            }
        }

        return (covered.Count, required);
    }

    /// <summary>Every pair the yearly requirement asks for, by type then in <see cref="MemberOrder"/>.</summary>
    public static IReadOnlyList<TalkPair> RequiredPairs(IReadOnlyList<Member> activeMembers, bool trackMemberPairs)
    {
        ArgumentNullException.ThrowIfNull(activeMembers);
        var ordered = activeMembers.OrderBy(m => m, MemberOrder.Instance).ToList();
        var committee = ordered.Where(m => m.IsCommittee).ToList();
        var rank = ordered.Where(m => !m.IsCommittee).ToList();
        var pairs = new List<TalkPair>();
        for (var i = 0; i < committee.Count; i++)
        {
            for (var j = i + 1; j < committee.Count; j++)
            {
                pairs.Add(TalkPair.Of(committee[i].Id, committee[j].Id, TalkPairType.CommitteeCommittee));
            }
        }

        pairs.AddRange(committee.SelectMany(c => rank.Select(m => TalkPair.Of(c.Id, m.Id, TalkPairType.CommitteeMember))));
        if (trackMemberPairs)
        {
            for (var i = 0; i < rank.Count; i++)
            {
                for (var j = i + 1; j < rank.Count; j++)
                {
                    pairs.Add(TalkPair.Of(rank[i].Id, rank[j].Id, TalkPairType.MemberMember));
                }
            }
        }

        return pairs;
    }

    private static IReadOnlyList<TalkPairType> TrackedTypes(bool trackMemberPairs) => trackMemberPairs
        ? [TalkPairType.CommitteeCommittee, TalkPairType.CommitteeMember, TalkPairType.MemberMember]
        : [TalkPairType.CommitteeCommittee, TalkPairType.CommitteeMember];
}
