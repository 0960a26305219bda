using BranchBot.Core.Membership;
using BranchBot.Core.Membership.Roster;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Membership;

namespace BranchBot.Roster;

/// <summary>What a roster import says, the same on the console's 党员 page and on the command line.</summary>
public static class RosterTexts
{
    /// <summary>What to show for a member whose earlier invite is still valid.</summary>
    public const string StillValidInvite = "已有有效邀请码（不再显示；如已遗失，请在控制台「党员」页重新生成，或在聊天中发送「邀请码 姓名」）";

    /// <summary>One problem as one line of the report, starting with its line of the file when it has one.</summary>
    public static string Problem(RosterProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var at = problem is RosterProblem.OnLine { Line: > 0 } onLine ? $"第 {onLine.Line} 行：" : string.Empty;
        return at + problem switch
        {
            RosterProblem.EmptyFile => "文件是空的：第一行应为表头 " + RosterColumns.Header,
            RosterProblem.NoMembers => "文件里除了表头没有任何党员。",
            RosterProblem.UnclosedQuote => "引号没有闭合。",
            RosterProblem.UnknownColumn column => $"不认识的列「{column.Name}」。表头应为 {RosterColumns.Header}",
            RosterProblem.RepeatedColumn column => $"列「{column.Name}」重复。",
            RosterProblem.UnknownBranch branch => $"没有找到支部「{branch.Typed}」。branch 列请写支部名称或路径（如 机关党委/第一党支部），留空表示本支部（命令行导入时为第一个支部）。",
            RosterProblem.AmbiguousBranch branch => $"有 {branch.Paths.Count} 个支部名为「{branch.Typed}」，请写完整路径：{string.Join("、", branch.Paths)}。",
            RosterProblem.BranchNotWritable branch => $"不能导入到支部「{branch.Branch}」：只能导入本支部的党员（党委书记、副书记、组织委员、党建专员可导入其所管辖的支部）。",
            RosterProblem.AccountInOtherBranch account => $"聊天账号 {account.Account} 已绑定其他支部的党员，一个聊天账号只能属于一个支部。",
            RosterProblem.NoNameColumn => $"缺少 name 列。表头应为 {RosterColumns.Header}",
            RosterProblem.Row row => string.Join("；", row.Problems.Select(Field)) + "。",
            RosterProblem.AccountRepeated repeated => $"聊天账号 {repeated.Account} 已在第 {repeated.FirstLine} 行分配给「{repeated.FirstName}」。",
            RosterProblem.AccountBound bound => $"聊天账号 {bound.Account} 已绑定支部中的「{bound.HolderName}」。",
            RosterProblem.SecondSecretary second => $"一个支部只能有一位书记，第 {second.FirstLine} 行已是书记「{second.FirstName}」。",
            RosterProblem.IncumbentSecretary incumbent =>
                $"支部现任书记是「{incumbent.IncumbentName}」。如需更换书记，请在聊天中由书记发送「设置角色 姓名 书记」，或在名单中同时写明「{incumbent.IncumbentName}」的新角色。",
            RosterProblem.SecondGroupLeader leader => $"「{leader.GroupName}」已有党小组长「{leader.FirstName}」（第 {leader.FirstLine} 行），每个党小组只能有一位组长。",
            RosterProblem.RepeatedDifferently repeated =>
                $"「{repeated.Name}」在第 {repeated.FirstLine} 行已出现，但角色或党小组不同。同一人占多行时（多个聊天账号），角色和党小组必须一致。",
            RosterProblem.RepeatedWithoutAccount repeated => $"「{repeated.Name}」在第 {repeated.FirstLine} 行已出现。同一人只有在绑定多个聊天账号时才可占多行。",
            RosterProblem.Refused refused => RoleChangeTexts.Say(refused.Problem),
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "A roster problem without wording."),
        };
    }

    public static string Note(RosterNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return note switch
        {
            RosterNote.GroupLeaderReplaced replaced => $"「{replaced.Name}」原为党小组长，已由名单中的新组长接替，改为党员。",
            _ => throw new ArgumentOutOfRangeException(nameof(note), note, "A roster note without wording."),
        };
    }

    private static string Field(RosterFieldProblem problem) => problem switch
    {
        RosterFieldProblem.TooManyFields many => $"有 {many.Count} 列，比表头多（姓名里有逗号时请加引号）",
        RosterFieldProblem.Text text => TextProblemTexts.Say(text.Problem).TrimEnd('。'),
        RosterFieldProblem.UnknownRole role =>
            $"不认识的角色「{role.Typed}」（可用：书记、副书记、支委、党小组长、党员，或 secretary、deputy_secretary、committee、group_leader、member）",
        RosterFieldProblem.LeaderWithoutGroup => "党小组长必须填写所在党小组",
        RosterFieldProblem.HalfAccount => "channelId 和 userId 要么都填，要么都不填",
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "A roster field problem without wording."),
    };
}
