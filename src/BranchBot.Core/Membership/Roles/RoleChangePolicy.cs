namespace BranchBot.Core.Membership;

/// <summary>
/// Who may change whose office, in every path (chat, console, roster import). The 书记 and 副书记 lead the branch and
/// can read its private records, so appointing, dismissing, removing or re-grouping them, binding a chat account to
/// their record, and changing one's own role are for the 书记 alone. The server operator (CLI) is not bound.
/// Each method returns the problem, or null when the change is allowed.
/// </summary>
public static class RoleChangePolicy
{
    public static bool IsLeadingOffice(MemberRole role) => role is MemberRole.Secretary or MemberRole.DeputySecretary;

    /// <summary>Giving <paramref name="role"/> to <paramref name="target"/> (null: a member not yet on the roster).</summary>
    public static RoleChangeProblem? RoleChangeProblem(MembershipActor actor, Member? target, MemberRole role)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var from = target?.Role ?? MemberRole.Member;
        if (Unbound(actor) || from == role)
        {
            return null;
        }

        if (target is not null && target.Id == actor.Member!.Id)
        {
            return new RoleChangeProblem.OwnRole(from);
        }

        if (!IsLeadingOffice(from) && !IsLeadingOffice(role))
        {
            return null;
        }

        return target is null
            ? new RoleChangeProblem.NewMemberLeadingOffice(role)
            : new RoleChangeProblem.LeadingOffice(target.Name, from, role);
    }

    /// <summary>Taking <paramref name="target"/> off the roster.</summary>
    public static RoleChangeProblem? RemovalProblem(MembershipActor actor, Member target)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(target);
        if (actor.Member is { } self && target.Id == self.Id)
        {
            return new RoleChangeProblem.RemoveSelf();
        }

        if (target.Role == MemberRole.Secretary)
        {
            return new RoleChangeProblem.RemoveSecretary();
        }

        return target.IsCommittee && !Unbound(actor) ? new RoleChangeProblem.RemoveCommittee() : null;
    }

    /// <summary>Moving <paramref name="target"/> to another 党小组.</summary>
    public static RoleChangeProblem? GroupMoveProblem(MembershipActor actor, Member target)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(target);
        return Unbound(actor) || !IsLeadingOffice(target.Role)
            ? null
            : new RoleChangeProblem.MoveLeadingOffice(target.Name, target.Role);
    }

    /// <summary>Binding a chat account to the record of someone who holds (or is to hold) <paramref name="role"/>.</summary>
    public static RoleChangeProblem? AccountBindingProblem(MembershipActor actor, MemberRole role)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Unbound(actor) || !IsLeadingOffice(role) ? null : new RoleChangeProblem.BindLeadingOffice();
    }

    private static bool Unbound(MembershipActor actor) => actor.IsOperator || actor.Member!.Role == MemberRole.Secretary;
}
