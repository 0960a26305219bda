using BranchBot.Core.Membership;

namespace BranchBot.Core.Talks;

/// <summary>How many of the required pairs of one type have talked this year.</summary>
public sealed record PairTypeCoverage(TalkPairType Type, int Required, int Covered)
{
    public int Missing => Required - Covered;
}

/// <summary>A required pair with no talk recorded yet this year, with both members.</summary>
public sealed record UncoveredPair(TalkPair Pair, Member First, Member Second);

/// <summary>Whom one member still needs to talk with this year, ordered by name.</summary>
public sealed record MemberTalkNeeds(Member Member, IReadOnlyList<Member> StillToTalkWith);

/// <summary>
/// Coverage of the yearly 谈心谈话 requirement: totals per tracked type, the uncovered pairs, and per member whom
/// they still need to talk with (members with nothing missing are left out).
/// </summary>
public sealed record TalkCoverage(
    int Year,
    IReadOnlyList<PairTypeCoverage> Types,
    IReadOnlyList<UncoveredPair> Uncovered,
    IReadOnlyList<MemberTalkNeeds> PerMember)
{
    public int Required => Types.Sum(type => type.Required);

    public int Covered => Types.Sum(type => type.Covered);

    public bool IsComplete => Uncovered.Count == 0;
}
