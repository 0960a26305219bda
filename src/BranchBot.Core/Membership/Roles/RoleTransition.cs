namespace BranchBot.Core.Membership;

/// <summary>A member's role as it was before a change, and the member as written.</summary>
public sealed record RoleTransition(Member Member, MemberRole From)
{
    public bool IsChange => From != Member.Role;
}
