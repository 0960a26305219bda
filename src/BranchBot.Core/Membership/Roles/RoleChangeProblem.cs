namespace BranchBot.Core.Membership;

/// <summary>What <see cref="RoleChangePolicy"/> refuses: changes to the offices that are the 书记's alone to give.</summary>
public abstract record RoleChangeProblem
{
    /// <summary>Someone other than the 书记 changing their own role (held now: <paramref name="From"/>).</summary>
    public sealed record OwnRole(MemberRole From) : RoleChangeProblem;

    /// <summary>A new member (not yet on the roster) to hold a leading office.</summary>
    public sealed record NewMemberLeadingOffice(MemberRole Role) : RoleChangeProblem;

    /// <summary>Appointing or dismissing a 书记 or 副书记.</summary>
    public sealed record LeadingOffice(string Name, MemberRole From, MemberRole To) : RoleChangeProblem;

    public sealed record RemoveSelf : RoleChangeProblem;

    public sealed record RemoveSecretary : RoleChangeProblem;

    /// <summary>Removing a 副书记 or 支委.</summary>
    public sealed record RemoveCommittee : RoleChangeProblem;

    /// <summary>Moving a 书记 or 副书记 to another 党小组.</summary>
    public sealed record MoveLeadingOffice(string Name, MemberRole Role) : RoleChangeProblem;

    /// <summary>Binding a chat account to the record of a 书记 or 副书记.</summary>
    public sealed record BindLeadingOffice : RoleChangeProblem;
}
