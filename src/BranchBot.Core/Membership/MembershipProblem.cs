using BranchBot.Core.Text;

namespace BranchBot.Core.Membership;

/// <summary>Why a membership operation (claiming the branch, adding, joining, removing, roles, 党小组) did nothing.</summary>
public abstract record MembershipProblem
{
    /// <summary>A branch, member or 党小组 name that cannot be used.</summary>
    public sealed record Text(TextProblem Problem) : MembershipProblem;

    public sealed record AlreadyClaimed(string? BranchName) : MembershipProblem;

    public sealed record WrongSetupCode : MembershipProblem;

    /// <summary>The chat account claiming the branch is already bound to another member.</summary>
    public sealed record AccountBoundElsewhere(string MemberName) : MembershipProblem;

    /// <summary>A member of that name exists already.</summary>
    public sealed record NameTaken(string ExistingName) : MembershipProblem;

    /// <summary>The account redeeming an invite already belongs to a member.</summary>
    public sealed record AlreadyMember(string Name) : MembershipProblem;

    public sealed record InviteNotValid : MembershipProblem;

    public sealed record InviteExpired : MembershipProblem;

    /// <summary>The member the invite was issued for has left the roster.</summary>
    public sealed record InviteeGone : MembershipProblem;

    /// <summary>No active member has the typed name (trimmed).</summary>
    public sealed record MemberNotFound(string Name) : MembershipProblem;

    /// <summary>Removing members is for the 书记, 副书记 and 支委.</summary>
    public sealed record RemovalNotAllowed : MembershipProblem;

    /// <summary>Setting roles is for the 书记.</summary>
    public sealed record RoleChangeNotAllowed : MembershipProblem;

    public sealed record AlreadyHasRole(string Name, MemberRole Role) : MembershipProblem;

    /// <summary>The 书记 hands the office over by making someone else 书记, not by changing their own role.</summary>
    public sealed record SecretaryOwnRole : MembershipProblem;

    /// <summary>A 党小组长 must belong to a 党小组.</summary>
    public sealed record LeaderWithoutGroup(string Name) : MembershipProblem;

    public sealed record AlreadyInGroup(string Name, string GroupName) : MembershipProblem;

    /// <summary>What <see cref="RoleChangePolicy"/> refuses.</summary>
    public sealed record Refused(RoleChangeProblem Problem) : MembershipProblem;
}
