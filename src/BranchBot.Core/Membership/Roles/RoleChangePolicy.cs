namespace BranchBot.Core.Membership;

/// <summary>
/// Who may change whose office, in every path (chat, console, roster import). The 书记 and 副书记 lead the branch and
/// can read its private records, so appointing, dismissing, removing or re-grouping them, binding a chat account to
/// their record, and changing one's own role are for the 书记 alone. The server operator (CLI) is not bound.
/// Each method returns a Chinese problem, or null when the change is allowed.
/// </summary>
public static class RoleChangePolicy
{
    public static bool IsLeadingOffice(MemberRole role) => role is MemberRole.Secretary or MemberRole.DeputySecretary;

    /// <summary>Giving <paramref name="role"/> to <paramref name="target"/> (null: a member not yet on the roster).</summary>
    public static string? RoleChangeProblem(MembershipActor actor, Member? target, MemberRole role)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var from = target?.Role ?? MemberRole.Member;
        if (Unbound(actor) || from == role)
        {
            return null;
        }

        if (target is not null && target.Id == actor.Member!.Id)
        {
            return $"只有书记可以改变你自己的角色（{RoleNames.ToChinese(from)}）。";
        }

        if (!IsLeadingOffice(from) && !IsLeadingOffice(role))
        {
            return null;
        }

        return target is null
            ? $"只有书记可以任免书记、副书记（新党员拟任{RoleNames.ToChinese(role)}）。"
            : $"只有书记可以任免书记、副书记（「{target.Name}」现为{RoleNames.ToChinese(from)}，拟改为{RoleNames.ToChinese(role)}）。";
    }

    /// <summary>Taking <paramref name="target"/> off the roster.</summary>
    public static string? RemovalProblem(MembershipActor actor, Member target)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(target);
        if (actor.Member is { } self && target.Id == self.Id)
        {
            return "不能移除你自己。如需离开支部，请由书记操作。";
        }

        if (target.Role == MemberRole.Secretary)
        {
            return "不能移除支部书记。请先用「设置角色」把书记移交给其他同志。";
        }

        return target.IsCommittee && !Unbound(actor) ? "只有书记可以移除副书记和支委。" : null;
    }

    /// <summary>Moving <paramref name="target"/> to another 党小组.</summary>
    public static string? GroupMoveProblem(MembershipActor actor, Member target)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(target);
        return Unbound(actor) || !IsLeadingOffice(target.Role)
            ? null
            : $"只有书记可以调整{RoleNames.ToChinese(target.Role)}「{target.Name}」的党小组。";
    }

    /// <summary>Binding a chat account to the record of someone who holds (or is to hold) <paramref name="role"/>.</summary>
    public static string? AccountBindingProblem(MembershipActor actor, MemberRole role)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Unbound(actor) || !IsLeadingOffice(role) ? null : "只有书记可以为书记、副书记绑定聊天账号。";
    }

    private static bool Unbound(MembershipActor actor) => actor.IsOperator || actor.Member!.Role == MemberRole.Secretary;
}
