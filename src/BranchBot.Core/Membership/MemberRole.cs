namespace BranchBot.Core.Membership;

/// <summary>A member's office in the branch. The order is seniority: lower values outrank higher ones.</summary>
public enum MemberRole
{
    Secretary = 0,
    DeputySecretary = 1,
    Committee = 2,
    GroupLeader = 3,
    Member = 4,
}
