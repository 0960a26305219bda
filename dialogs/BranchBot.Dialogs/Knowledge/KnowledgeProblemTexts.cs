using BranchBot.Core.Knowledge;
using BranchBot.Core.Knowledge.Entries;

namespace BranchBot.Dialogs.Knowledge;

/// <summary>
/// How a <see cref="KnowledgeProblem"/> is said to people. The sentences name no chat command, so the console says
/// them as they are; the chat says a few with its commands instead (<see cref="KnowledgeTexts.Problem"/>).
/// </summary>
public static class KnowledgeProblemTexts
{
    /// <summary>The row of the 有用/没用 counts for dues worked out from an income, which answer from no entry.</summary>
    public const string DuesEntry = "（党费计算）";

    public static string Say(KnowledgeProblem problem) => problem switch
    {
        KnowledgeProblem.EditorsOnly => "只有书记、副书记和支委可以修改问答库。",
        KnowledgeProblem.AnswerersOnly => "只有书记、副书记和支委可以答复待答问题。",
        KnowledgeProblem.QuestionEmpty => "问题不能为空，请写上要回答的问题，例如：支委会多久开一次？",
        KnowledgeProblem.QuestionTooLong tooLong => $"问题有{tooLong.Length}个字，太长了，请控制在{tooLong.MaxLength}字以内。",
        KnowledgeProblem.QuestionWithoutContent => "问题里没有实际内容，请换个说法。",
        KnowledgeProblem.AnswerEmpty => "答案不能为空。",
        KnowledgeProblem.AnswerTooLong tooLong => $"答案有{tooLong.Length}个字，超过了{tooLong.MaxLength}字的上限，请精简后再发（较长的内容可以拆成几条问答）。",
        KnowledgeProblem.SourceMissing =>
            $"请写明依据（文件和条款，如《中国共产党支部工作条例（试行）》第十五条），没有明确条款的可写「{KnowledgeEntryRules.BranchAnswerSource}」。",
        KnowledgeProblem.TooManyAlternatives tooMany => $"其他问法最多{tooMany.MaxCount}个。",
        KnowledgeProblem.AlternativeTooLong tooLong => $"其他问法「{tooLong.Alternative[..Math.Min(10, tooLong.Alternative.Length)]}…」太长了，请控制在{tooLong.MaxLength}字以内。",
        KnowledgeProblem.AdoptedFromAnotherBranch adopted => $"「{adopted.Question}」是党委采纳的其他支部问答，只能由原支部修改或删除；本支部的不同答复请换一个问法添加。",
        KnowledgeProblem.FileEntryNotDeletable file => $"「{file.Question}」是问答文件（{file.FileName}）里的条目，不能在这里删除；可以修改它。",
        KnowledgeProblem.EntryNotFound notFound => $"支部问答库里没有「{notFound.Question}」这个问题。",
        KnowledgeProblem.UnknownAnswer => "找不到这条回答，可能已经过了很久。请重新提问。",
        KnowledgeProblem.NothingToRate => "这个问题没有给出答案，无需评价。",
        KnowledgeProblem.ForwardedQuestionEmpty => "请写上要转交书记的问题。",
        KnowledgeProblem.ForwardedQuestionTooLong tooLong => $"问题太长了，请控制在{tooLong.MaxLength}字以内。",
        KnowledgeProblem.AskerNotMember => "提问的人还不是支部成员，无法转交。",
        KnowledgeProblem.ReplyEmpty => "答复内容不能为空。",
        KnowledgeProblem.ReplyTooLong tooLong => $"答复有{tooLong.Length}个字，请控制在{tooLong.MaxLength}字以内。",
        KnowledgeProblem.PendingQuestionNotFound notFound => $"没有编号为 {notFound.Number} 的待答问题。",
        KnowledgeProblem.AlreadyAnswered answered => $"第 {answered.Number} 个问题已经由{answered.AnsweredBy}答复过了。",
        KnowledgeProblem.NotYetAnswered notYet => $"第 {notYet.Number} 个问题还没有答复，请先答复。",
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "A knowledge problem without wording."),
    };
}
