using BranchBot.Core.Membership;

namespace BranchBot.Dialogs.Membership;

/// <summary>
/// What a role change says: its 操作日志 entry and the notice to the person concerned (<see cref="IRoleChangeNotices"/>),
/// and why a change is refused, in every path (chat, console, roster file).
/// </summary>
public sealed class RoleChangeTexts : IRoleChangeNotices
{
    public string AuditAction => "修改角色";

    public string ActorName(MembershipActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Member?.Name ?? "服务器管理员";
    }

    public string AuditDetail(RoleTransition change, MembershipActor actor)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(actor);
        return $"「{change.Member.Name}」{RoleNames.ToChinese(change.From)}→{RoleNames.ToChinese(change.Member.Role)}（经{Door(actor.Via)}）";
    }

    public string Notice(RoleTransition change, MembershipActor actor)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(actor);
        return $"你在支部中的角色已由{RoleNames.ToChinese(change.From)}改为{RoleNames.ToChinese(change.Member.Role)}" +
            $"（{ActorName(actor)}经{Door(actor.Via)}操作）。如有疑问，请与支部书记联系。";
    }

    public static string Door(MembershipDoor door) => door switch
    {
        MembershipDoor.Chat => "聊天",
        MembershipDoor.Console => "控制台",
        MembershipDoor.CommandLine => "命令行",
        _ => throw new ArgumentOutOfRangeException(nameof(door), door, "A membership door without a name."),
    };

    public static string Say(RoleChangeProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem switch
        {
            RoleChangeProblem.OwnRole own => $"只有书记可以改变你自己的角色（{RoleNames.ToChinese(own.From)}）。",
            RoleChangeProblem.NewMemberLeadingOffice newMember => $"只有书记可以任免书记、副书记（新党员拟任{RoleNames.ToChinese(newMember.Role)}）。",
            RoleChangeProblem.LeadingOffice office =>
                $"只有书记可以任免书记、副书记（「{office.Name}」现为{RoleNames.ToChinese(office.From)}，拟改为{RoleNames.ToChinese(office.To)}）。",
            RoleChangeProblem.RemoveSelf => "不能移除你自己。如需离开支部，请由书记操作。",
            RoleChangeProblem.RemoveSecretary => "不能移除支部书记。请先用「设置角色」把书记移交给其他同志。",
            RoleChangeProblem.RemoveCommittee => "只有书记可以移除副书记和支委。",
            RoleChangeProblem.MoveLeadingOffice move => $"只有书记可以调整{RoleNames.ToChinese(move.Role)}「{move.Name}」的党小组。",
            RoleChangeProblem.BindLeadingOffice => "只有书记可以为书记、副书记绑定聊天账号。",
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "A role change problem without wording."),
        };
    }
}
