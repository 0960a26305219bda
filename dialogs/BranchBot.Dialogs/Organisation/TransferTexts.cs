using BranchBot.Core.Organisation.Transfers;

namespace BranchBot.Dialogs.Organisation;

/// <summary>What the chat says about 组织关系转接 between the organisation's branches.</summary>
public static class TransferTexts
{
    public const string AskMember = "要转接哪位党员的组织关系？请发送：转接 姓名 到 支部名称，例如「转接 陈静 到 第二党支部」。";

    public static string AskBranch(string name, IReadOnlyList<string> branches) => branches.Count == 0
        ? "本组织目前没有其他支部可以转入。"
        : $"要把「{name}」的组织关系转到哪个支部？请选择：";

    public static string Confirm(TransferCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return $"确认将「{candidate.Member.Name}」的组织关系从「{candidate.From.Name}」转到「{candidate.To.Name}」吗？" +
            "转出后其在本支部的参会、请假、谈心等记录仍保留在本支部，职务（如支委、党小组长）随之结束；今后由对方支部管理并接收通知。";
    }

    public const string Declined = "好的，没有转接。";

    public static string Done(CompletedTransfer done)
    {
        ArgumentNullException.ThrowIfNull(done);
        var binding = done.Arrived.IsBound ? "已通知本人和对方支部书记" : "对方尚未绑定聊天账号，已通知对方支部书记为其生成邀请码";
        return $"已将「{done.Arrived.Name}」的组织关系转到「{done.To.Name}」，{binding}。其历史记录保留在「{done.From.Name}」。";
    }

    public static string Problem(TransferProblem problem) => problem switch
    {
        TransferProblem.NotAllowed => "只有本支部书记或党委（党委书记、副书记、组织委员、党建专员）可以转接党员的组织关系。",
        TransferProblem.MemberNotFound p => $"本支部没有找到党员「{p.Name}」。发送「名单」查看本支部党员。",
        TransferProblem.MemberAmbiguous p => $"本支部有几位党员的名字包含「{p.Name}」，请选择要转接的是哪一位：",
        TransferProblem.BranchNotFound p => p.OpenBranches.Count == 0
            ? $"没有找到支部「{p.Name}」，本组织目前也没有其他支部可以转入。"
            : $"没有找到支部「{p.Name}」。可以转入的支部有：{string.Join("、", p.OpenBranches)}。",
        TransferProblem.BranchAmbiguous p => $"有几个支部的名称包含「{p.Name}」，请选择要转入哪一个：",
        TransferProblem.BranchClosed p => $"「{p.Name}」已经撤销，不能再转入党员。",
        TransferProblem.SameBranch p => $"该党员已经在「{p.Name}」，不需要转接。",
        TransferProblem.SecretaryStays p => $"「{p.Name}」是本支部书记，转出后支部将没有书记。请先用「设置角色 姓名 书记」把书记职务交给他人，再转接。",
        TransferProblem.NameTakenThere p => $"「{p.BranchName}」已有一位叫「{p.Name}」的党员，不能转入同名党员。请对方支部先核对名单。",
        TransferProblem.AlreadyMoved p => $"「{p.Name}」的组织关系已经转出了，不需要重复转接。",
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    /// <summary>The buttons that answer a problem with a choice: each a whole command line.</summary>
    public static IReadOnlyList<string> Choices(TransferProblem problem, string name, string branch) => problem switch
    {
        TransferProblem.MemberAmbiguous p => [.. p.Candidates.Select(c => Line(c, branch))],
        TransferProblem.BranchAmbiguous p => [.. p.Candidates.Select(c => Line(name, c))],
        TransferProblem.BranchNotFound p => [.. p.OpenBranches.Take(10).Select(c => Line(name, c))],
        _ => [],
    };

    public static string Line(string name, string branch) => branch.Length == 0 ? $"{TransferCommand.Keyword} {name}" : $"{TransferCommand.Keyword} {name} 到 {branch}";
}
