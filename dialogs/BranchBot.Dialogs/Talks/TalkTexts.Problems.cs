using BranchBot.Core.Talks;

namespace BranchBot.Dialogs.Talks;

/// <summary>The chat's wording of talk problems: where the chat has a command for the next step, it names it.</summary>
internal static partial class TalkTexts
{
    public static string Problem(TalkProblem problem) => problem switch
    {
        TalkProblem.AnswerEmpty => $"回答不能为空。如果不想回答这个问题，请发送「{Skip}」。",
        TalkProblem.NoFeedbackInProgress => "没有正在进行的谈心。发送「谈心」开始。",
        TalkProblem.TopicUnanswered unanswered => $"还有问题没有回答：{TalkLabels.Topic(unanswered.Topic)}。回答或发送「{Skip}」后再提交。",
        TalkProblem.FollowUpNotFound => "找不到这项必访任务。发送「必访任务」查看待办。",
        TalkProblem.MemberNotFound notFound => $"没有找到党员「{notFound.Name}」。发送「党员名单」查看支部全部成员。",
        TalkProblem.TopicsMissing => "请写上谈话的主要内容，例如「记录谈心 李明 交流了近期学习体会」。",
        TalkProblem.SuggestionEmpty => "请在「匿名建议」后面写上你的建议，例如「匿名建议 希望多组织专题学习」。",
        _ => TalkProblemTexts.Say(problem),
    };
}
