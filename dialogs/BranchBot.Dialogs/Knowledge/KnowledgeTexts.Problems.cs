using BranchBot.Core.Knowledge;

namespace BranchBot.Dialogs.Knowledge;

/// <summary>The chat's wording of knowledge problems: where the chat has a command or button for the next step, it names it.</summary>
internal static partial class KnowledgeTexts
{
    public static string Problem(KnowledgeProblem problem) => problem switch
    {
        KnowledgeProblem.AdoptedFromAnotherBranch adopted => $"「{adopted.Question}」是党委采纳的其他支部问答，只能由原支部修改或删除；本支部的不同答复请换一个问法添加。",
        KnowledgeProblem.FileEntryNotDeletable file => $"「{file.Question}」是问答文件（{file.FileName}）里的条目，不能在这里删除；可以用「{EditEntryCommand}」更正它。",
        KnowledgeProblem.NothingToRate => $"这个问题没有给出答案，无需评价；可以点「{ForwardCommand}」请书记解答。",
        KnowledgeProblem.ForwardedQuestionEmpty => $"请写上要转交书记的问题，例如：{ForwardCommand} 流动党员怎么参加组织生活",
        KnowledgeProblem.PendingQuestionNotFound notFound => $"没有编号为 {notFound.Number} 的待答问题。发送「{PendingCommand}」查看。",
        KnowledgeProblem.NotYetAnswered notYet => $"第 {notYet.Number} 个问题还没有答复，请先发送「{AnswerCommand} {notYet.Number} 答复内容」。",
        _ => KnowledgeProblemTexts.Say(problem),
    };
}
