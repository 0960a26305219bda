using System.Text;
using BranchBot.Core.Organisation.Knowledge;

namespace BranchBot.Dialogs.Organisation;

/// <summary>What 各支部问答, 采纳问答 and 取消采纳 say.</summary>
public static class AdoptionTexts
{
    public const string NotAllowed = "只有党委书记、副书记、组织委员和党建专员可以查看和采纳各支部的问答。";

    /// <summary>Separates a branch's name from the question: 采纳问答 第二党支部：问题.</summary>
    public static readonly char[] BranchSeparators = ['：', ':'];

    private const int MaxButtons = 5;

    public static string AskQuestion(string keyword) => $"请发送要{(keyword == AdoptKnowledgeCommand.Keyword ? "采纳" : "取消采纳")}的问题（支部自己添加的问答）。发送「各支部问答」查看。";

    public static (string Text, IReadOnlyList<string> Buttons) List(IReadOnlyList<BranchKnowledgeEntry> entries)
    {
        if (entries.Count == 0)
        {
            return ("各支部还没有自己添加的问答（支部答复）。问答文件里的条目本来就对所有支部生效。", []);
        }

        var builder = new StringBuilder("各支部自己添加的问答（只回答本支部党员，采纳后对所有支部生效）：");
        foreach (var group in entries.GroupBy(e => e.Adopted))
        {
            builder.Append(group.Key ? "\n已采纳：" : "\n未采纳：");
            foreach (var entry in group)
            {
                builder.Append("\n· ").Append(entry.BranchName).Append('：').Append(entry.Entry.Question);
            }
        }

        builder.Append("\n发送「采纳问答 支部名称：问题」采纳，「取消采纳 支部名称：问题」撤回。");
        var buttons = entries.Where(e => !e.Adopted).Take(MaxButtons).Select(e => $"{AdoptKnowledgeCommand.Keyword} {e.BranchName}：{e.Entry.Question}").ToList();
        return (builder.ToString(), buttons);
    }

    public static string Adopted(BranchKnowledgeEntry entry) =>
        $"已采纳{entry.BranchName}的问答「{entry.Entry.Question}」，所有支部的党员提问时都会用到它；它仍由{entry.BranchName}维护。";

    public static string Withdrawn(BranchKnowledgeEntry entry) =>
        $"已取消采纳「{entry.Entry.Question}」，它又只回答{entry.BranchName}的党员。";

    public static string Problem(AdoptionProblem problem) => problem switch
    {
        AdoptionProblem.NotAllowed => NotAllowed,
        AdoptionProblem.QuestionEmpty => "请在命令后写上问题，例如「采纳问答 第二党支部：党费可以微信交吗」。",
        AdoptionProblem.NotFound notFound => $"各支部自己添加的问答里没有「{notFound.Question}」。发送「各支部问答」查看（问答文件里的条目本来就对所有支部生效）。",
        AdoptionProblem.SeveralBranches several => $"{string.Join("、", several.Branches)}都有问答「{several.Question}」，请写明支部，例如「采纳问答 {several.Branches[0]}：{several.Question}」。",
        AdoptionProblem.AlreadyAdopted already => $"「{already.Entry.Entry.Question}」（{already.Entry.BranchName}）已经采纳过了。",
        AdoptionProblem.NotAdopted not => $"「{not.Entry.Entry.Question}」（{not.Entry.BranchName}）没有被采纳，只回答本支部的党员。",
        _ => "没有办成，请稍后再试。",
    };
}
