namespace BranchBot.Core.Talks;

/// <summary>The yearly talk requirements: 支委之间, 支委与党员 and (when the branch tracks it) 党员之间.</summary>
public enum TalkPairType
{
    CommitteeCommittee = 0,
    CommitteeMember = 1,
    MemberMember = 2,
}

public static class TalkPairTypes
{
    public static string ToChinese(TalkPairType type) => type switch
    {
        TalkPairType.CommitteeCommittee => "支委之间",
        TalkPairType.CommitteeMember => "支委与党员",
        _ => "党员之间",
    };
}
