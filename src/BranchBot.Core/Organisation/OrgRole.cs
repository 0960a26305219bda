namespace BranchBot.Core.Organisation;

/// <summary>A member's role on a unit above the branches. The holder is also an ordinary member of one branch.</summary>
public sealed record OrgRole(string MemberId, string UnitId, OrgRoleKind Kind)
{
    /// <summary>The role's identity: one member holds a kind of role on a unit at most once.</summary>
    public string Key => $"{UnitId}|{MemberId}|{Kind}";
}
