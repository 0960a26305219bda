using BranchBot.Core.Membership;
using BranchBot.Dialogs.Bot;

namespace BranchBot.Dialogs.Membership;

/// <summary>How membership and 书记-recovery problems are said in chat (and by the console where it has no words of its own).</summary>
public static class MembershipProblemTexts
{
    public static string Say(MembershipProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem switch
        {
            MembershipProblem.Text text => TextProblemTexts.Say(text.Problem),
            MembershipProblem.AlreadyClaimed claimed => $"支部「{claimed.BranchName}」已经完成初始化，设置码已失效。",
            MembershipProblem.WrongSetupCode => "设置码不正确。请核对服务器启动日志中的设置码后重试。",
            MembershipProblem.AccountBoundElsewhere bound => $"这个聊天账号已绑定党员「{bound.MemberName}」，不能再用于初始化。",
            MembershipProblem.NameTaken taken => $"支部中已有党员「{taken.ExistingName}」。如果是另一位同名同志，请在姓名后加备注区分，例如「{taken.ExistingName}（财务处）」。",
            MembershipProblem.AlreadyMember already => $"你已经是支部成员「{already.Name}」，无需再次加入。",
            MembershipProblem.InviteNotValid => "邀请码不正确或已被使用。请核对后重试，或请书记重新生成邀请码。",
            MembershipProblem.InviteExpired => "邀请码已过期。请书记或支委发送「邀请码 你的姓名」重新生成。",
            MembershipProblem.InviteeGone => "这个邀请码对应的党员已不在支部名单中。",
            MembershipProblem.MemberNotFound notFound => NotFound(notFound.Name),
            MembershipProblem.RemovalNotAllowed => "只有书记、副书记和支委可以移除党员。",
            MembershipProblem.RoleChangeNotAllowed => "只有支部书记可以设置角色。",
            MembershipProblem.AlreadyHasRole has => $"「{has.Name}」已经是{RoleNames.ToChinese(has.Role)}。",
            MembershipProblem.SecretaryOwnRole => "书记不能直接改变自己的角色。请把「书记」设置给接任的同志，你将自动改为支委。",
            MembershipProblem.LeaderWithoutGroup leader => $"「{leader.Name}」还没有分到党小组。请先发送「设置党小组 {leader.Name} 小组名称」。",
            MembershipProblem.AlreadyInGroup inGroup => $"「{inGroup.Name}」已经在「{inGroup.GroupName}」。",
            MembershipProblem.Refused refused => RoleChangeTexts.Say(refused.Problem),
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "A membership problem without wording."),
        };
    }

    /// <summary>The answer when a name matches no active member.</summary>
    public static string NotFound(string name) => $"没有找到党员「{name.Trim()}」。发送「党员名单」查看支部全部成员。";

    public static string Say(RecoveryProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem switch
        {
            RecoveryProblem.NotClaimed => "本支部还没有初始化，不需要找回书记账号。请用服务器日志中的设置码发送「初始化 设置码 支部名称」。",
            RecoveryProblem.NoSecretary => "支部目前没有书记，无法找回书记账号。请服务器管理员用 roster import 命令设置书记。",
            RecoveryProblem.WrongOrExpired => "找回码不正确或已失效。请重新发送「找回书记账号」，再到服务器日志中查看新的找回码。",
            RecoveryProblem.AlreadyBound bound => $"这个聊天账号已绑定党员「{bound.MemberName}」，不能用来找回书记账号。",
            RecoveryProblem.TooSoon soon =>
                $"刚刚已生成过找回码，请查看服务器日志；如需新的找回码，请在 {Math.Max(1, (int)Math.Ceiling(soon.Wait.TotalMinutes))} 分钟后再试。",
            RecoveryProblem.BranchNeeded needed =>
                $"本组织有多个支部，请说明要找回哪个支部的书记账号，例如：找回书记账号 {needed.Branches[^1]}\n各支部：{string.Join("、", needed.Branches.Take(20))}{(needed.Branches.Count > 20 ? $"等 {needed.Branches.Count} 个" : string.Empty)}",
            RecoveryProblem.UnknownBranch unknown => $"没有找到名为「{unknown.Typed}」的支部。请发送「找回书记账号 支部名称」，支部名称与党委建立支部时的一致。",
            RecoveryProblem.AmbiguousBranch several =>
                $"有 {several.Paths.Count} 个支部名为「{several.Typed}」，请写出完整路径，例如：找回书记账号 {several.Paths[0]}\n{string.Join("、", several.Paths)}",
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "A recovery problem without wording."),
        };
    }
}
