namespace BranchBot.Core.PartyDevelopment;

/// <summary>
/// The count of a 支部大会 on a 发展党员 matter: members with a vote expected, those present (written opinions sent
/// before the meeting count) and those in favour (发展党员工作细则 第二十条, 第二十一条).
/// </summary>
public sealed record BranchMeetingVote(int Expected, int Present, int InFavour)
{
    /// <summary>More than half of those with a vote are present.</summary>
    public bool HasQuorum => Present * 2 > Expected;

    /// <summary>More than half of those with a vote (not of those present) are in favour.</summary>
    public bool Carried => InFavour * 2 > Expected;

    public bool IsConsistent => Expected > 0 && Present >= 0 && Present <= Expected && InFavour >= 0 && InFavour <= Present;
}
