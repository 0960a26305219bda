namespace BranchBot.Core.Talks;

/// <summary>The yearly talk requirements: 支委之间, 支委与党员 and (when the branch tracks it) 党员之间.</summary>
public enum TalkPairType
{
    CommitteeCommittee = 0,
    CommitteeMember = 1,
    MemberMember = 2,
}
