using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Membership;

/// <summary>What the membership commands say.</summary>
internal static class MembershipTexts
{
    /// <summary>The 帮助 topic of this feature's commands.</summary>
    public static readonly HelpTopic HelpTopic = new("成员", "成员与支部", "个人资料和支部成员的管理", Order: 10) { Aliases = ["党员", "支部"] };

    public const string AskBranchName = "请输入支部名称，例如：机关第一党支部。";
    public static string GroupLooksLikeNames(string name, IReadOnlyList<string> others) =>
        $"{string.Concat(others.Select(o => $"「{o}」"))}不是现有的党小组，看起来是{(others.Count == 1 ? "另一位党员" : "其他党员")}的姓名，所以还没有添加任何人。"
        + $"请一次添加一名党员：{string.Concat(others.Prepend(name).Select(n => $"「添加党员 {n}」"))}；"
        + $"要编入党小组，请写党小组全称，例如「添加党员 {name} 第一党小组」。";

    /// <summary>The answers to <see cref="AskAboutNewGroup"/> besides an existing group: "新建 二组" and no group.</summary>
    public const string CreateGroup = "新建";

    public const string NoGroup = "暂不分党小组";

    public static string AskAboutNewGroup(string name, string group, bool othersExist) =>
        $"支部还没有党小组「{group}」，还没有添加「{name}」。要新建「{group}」吗？" +
        (othersExist ? "也可以选一个已有的党小组，" : string.Empty) + "或者先不分党小组。";

    public const string AskMemberName = "请输入要添加的党员姓名（可在后面加空格和党小组，例如：张三 第一党小组）。";
    public const string AskMemberToRemove = "请输入要移除的党员姓名。";
    public const string AskMemberForRole = "请输入要设置角色的党员姓名。";
    public const string AskMemberForGroup = "请输入要调整党小组的党员姓名。";
    public const string AskMemberForInvite = "请输入需要新邀请码的党员姓名。";
    public const string AskCode = "请输入邀请码（8 位字母和数字）。";

    public static string AskOwnName(string? displayName) => displayName is { Length: > 0 }
        ? $"请确认你的姓名。如果是「{displayName}」，直接点下面的按钮；否则请输入你的姓名。"
        : "请输入你的姓名。";

    public static string Locked(DateTimeOffset until, DateTimeOffset now) =>
        $"错误次数太多，请在 {Math.Max(1, (int)Math.Ceiling((until - now).TotalMinutes))} 分钟后再试。";

    public static string Claimed(Member secretary, string branchName) =>
        $"初始化完成！你已成为「{branchName}」的支部书记，{secretary.Name}同志。\n" +
        "下一步：发送「添加党员 姓名 党小组」逐个添加党员，我会给出邀请码，请对方向我发送「加入 邀请码」完成绑定。" +
        "成员较多时，也可以在服务器上用 roster import 命令导入 CSV 名单。";

    public static string Added(AddedMember added, TimeZoneInfo zone)
    {
        var group = added.Group is null ? string.Empty : added.GroupCreated ? $"，已新建党小组「{added.Group.Name}」" : $"，党小组「{added.Group.Name}」";
        return $"已添加党员「{added.Member.Name}」{group}。\n" + InviteLine(added.Member.Name, added.Invite, zone);
    }

    public static string InviteLine(string name, IssuedInvite invite, TimeZoneInfo zone) =>
        $"邀请码：{invite.Code}（{TimeZoneInfo.ConvertTime(invite.ExpiresAt, zone):yyyy年M月d日}前有效，只能使用一次）。\n" +
        $"请把邀请码转给{name}，让其向我发送：加入 {invite.Code}";

    public static string Joined(Member member, string? branchName, string? groupName) =>
        $"欢迎你，{member.Name}同志！你已加入「{branchName ?? "本支部"}」，角色：{RoleNames.ToChinese(member.Role)}" +
        (groupName is null ? "。" : $"，党小组：{groupName}。") + "\n发送「帮助」查看我能为你做什么。";

    /// <summary>Said when the name typed after the code is not the one the code was issued for.</summary>
    public static string TypedAnotherName(string typed, string registered) =>
        $"\n注意：你输入的姓名是「{MarkdownText.Escape(typed)}」，这个邀请码登记的是「{registered}」。如果不是你本人的邀请码，请马上告诉书记。";

    public static string RecoveryCodeLogged(int minutes) =>
        $"已生成一次性找回码，写在服务器日志中（与首次启动时的设置码一样）。请服务器管理员查看日志，{minutes} 分钟内在这里发送：找回书记账号 找回码。";

    public static string SecretaryRecovered(Member secretary, string? branchName) =>
        $"已找回书记账号：这个聊天账号现已绑定「{branchName ?? "本支部"}」书记{secretary.Name}同志。原来绑定的聊天账号也已收到通知。\n发送「帮助」查看我能为你做什么。";

    public static string SecretaryRecoveredElsewhere(Member secretary) =>
        $"提醒：书记{secretary.Name}同志的账号刚刚用服务器日志中的找回码绑定了一个新的聊天账号。如果不是你本人操作，请立即联系服务器管理员。";

    public static string Profile(Member member, string? branchName, string? groupName, BranchContacts contacts) =>
        $"姓名：{member.Name}\n支部：{branchName ?? "未命名"}\n角色：{RoleNames.ToChinese(member.Role)}\n党小组：{groupName ?? "未分组"}\n" +
        $"已绑定聊天账号：{member.ChatAccounts.Count} 个" +
        (contacts.Committee.Count == 0 ? string.Empty : $"\n支部委员：{string.Join("；", contacts.Committee.Select(r => $"{RoleNames.ToChinese(r.Role)} {string.Join("、", r.Names)}"))}") +
        (contacts.GroupLeaders.Count == 0 ? string.Empty : $"\n党小组长：{string.Join("、", contacts.GroupLeaders)}") +
        "\n入党时间、党龄、组织关系等以支部的党员档案为准，这里没有登记，可向书记或组织委员查询。";

    public static string ConfirmRemove(string name) => $"确认将「{name}」移出支部吗？其历史记录会保留，但将不再收到通知。";

    public static string Removed(Member member) => $"已将「{member.Name}」移出支部。";

    /// <summary>The answer to a 确认 that arrives again after the member was removed.</summary>
    public static string AlreadyRemoved(Member member) => $"「{member.Name}」已经移出支部了，不需要重复移除。";

    public static string RoleChanged(RoleChange change)
    {
        var text = $"已将「{change.Member.Name}」的角色由{RoleNames.ToChinese(change.PreviousRole)}改为{RoleNames.ToChinese(change.Member.Role)}。";
        if (change.Demoted is { } demoted)
        {
            text += $"\n「{demoted.Name}」的角色相应改为{RoleNames.ToChinese(demoted.Role)}。";
        }

        return text;
    }

    public static string Moved(GroupMove move)
    {
        var text = $"已将「{move.Member.Name}」调整到「{move.Group.Name}」" + (move.GroupCreated ? "（新建的党小组）。" : "。");
        return move.LostGroupLeadership ? text + "\n其原党小组长职务已取消，如需担任新小组组长，请用「设置角色」。" : text;
    }
}
