using BranchBot.Core.Organisation;
using BranchBot.Dialogs.Bot;

namespace BranchBot.Dialogs.Organisation;

/// <summary>What 新建支部 says, in chat; the console words the same problems itself (<see cref="Problem"/> names no chat command).</summary>
public static class NewBranchTexts
{
    public const string AskName = "请告诉我新支部的名称，例如：新建支部 第三党支部（建在党总支下面时再写上级名称：新建支部 第三党支部 机关党总支）。";

    public static string Created(CreatedBranch created, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(created);
        var parent = created.Parent.IsRoot ? string.Empty : $"（隶属「{created.Parent.Name}」）";
        return $"已新建支部「{created.Branch.Name}」{parent}。\n" +
            $"书记邀请码：{created.SecretaryCode}（{TimeZoneInfo.ConvertTime(created.CodeExpiresAt, zone):yyyy年M月d日}前有效，只能使用一次，只显示这一次）。\n" +
            $"请把邀请码转给该支部的书记，让其向我发送：加入 {created.SecretaryCode} 姓名";
    }

    public static string Problem(BranchCreationProblem problem) => problem switch
    {
        BranchCreationProblem.NotAllowed => "只有党委书记、党委副书记、组织委员和党建专员可以新建支部。",
        BranchCreationProblem.Text text => TextProblemTexts.Say(text.Problem),
        BranchCreationProblem.NameTaken taken => $"已经有名为「{taken.ExistingName}」的组织了，请换一个支部名称。",
        BranchCreationProblem.ParentNotFound { GeneralBranches.Count: 0 } missing =>
            $"没有找到名为「{missing.Name}」的党总支，本组织还没有党总支。不写上级时，新支部直接建在党委下面。",
        BranchCreationProblem.ParentNotFound missing =>
            $"没有找到名为「{missing.Name}」的党总支。现有党总支：{string.Join("、", missing.GeneralBranches)}。",
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "An unworded branch creation problem."),
    };

    /// <summary>Said to the new 书记 after 加入 with a 书记邀请码.</summary>
    public static string JoinedAsSecretary(string name, string? branchName) =>
        $"欢迎你，{name}同志！你已成为「{branchName ?? "本支部"}」的书记。\n" +
        "可以发送「添加党员 姓名」添加党员，发送「安排」安排会议，发送「帮助」查看我能为你做什么。";
}
