using BranchBot.Core.Talks;

namespace BranchBot.Dialogs.Talks;

/// <summary>
/// How a <see cref="TalkProblem"/> is said to people. The sentences name no chat command, so the console says them as
/// they are; the chat says a few with its commands instead (<see cref="TalkTexts.Problem"/>).
/// </summary>
public static class TalkProblemTexts
{
    public static string Say(TalkProblem problem) => problem switch
    {
        TalkProblem.ReaderNotMember => "只有本支部在册党员才能查看谈心记录。",
        TalkProblem.NotAllowed => "谈心内容只有谈话双方和支部书记可以查看，你无权查看这条记录。",
        TalkProblem.SecretaryOnly => "只有支部书记可以查看这些内容。",
        TalkProblem.AnswerEmpty => "回答不能为空。",
        TalkProblem.AnswerTooLong tooLong => $"这段话太长了，请控制在{tooLong.MaxLength}个字以内，可以分几次说。",
        TalkProblem.NoFeedbackInProgress => "没有正在进行的谈心。",
        TalkProblem.TopicUnanswered unanswered => $"还有问题没有回答：{TalkLabels.Topic(unanswered.Topic)}。",
        TalkProblem.AllSkipped => "四个问题都跳过了，没有可以提交的内容。",
        TalkProblem.RecordNotFound => "找不到这条谈心记录。",
        TalkProblem.FeedbackAuthorGone => "这条谈心记录的党员已不在名册中。",
        TalkProblem.ParticipantGone => "这条谈心记录涉及的党员已不在名册中。",
        TalkProblem.CompleteSecretaryOnly => "只有支部书记可以办结必访任务。",
        TalkProblem.NoteTooLong tooLong => $"走访情况太长了，请控制在{tooLong.MaxLength}个字以内。",
        TalkProblem.FollowUpNotFound => "找不到这项必访任务。",
        TalkProblem.FollowUpAlreadyDone done => $"对「{done.MemberName}」的必访任务已经办结。",
        TalkProblem.RecorderNotMember => "只有本支部在册党员才能记录谈心谈话。",
        TalkProblem.MemberNotFound notFound => $"没有找到党员「{notFound.Name}」。",
        TalkProblem.TalkWithSelf => "谈心谈话需要两个人，请写上和你谈话的同志的姓名。",
        TalkProblem.TopicsMissing => "请写上谈话的主要内容。",
        TalkProblem.TextTooLong tooLong => $"内容太长了，每一项请控制在{tooLong.MaxLength}个字以内。",
        TalkProblem.DateInFuture => "谈话日期不能晚于今天，请记录已经进行过的谈话。",
        TalkProblem.DateTooEarly => "谈话日期太早了，只能记录今年和去年的谈话。",
        TalkProblem.PlanSecretaryOnly => "只有支部书记可以安排谈心谈话。",
        TalkProblem.AllTalksDone done => $"{done.Year}年要求的谈心谈话都已完成，无需再安排。",
        TalkProblem.SuggestionEmpty => "请写上你的建议。",
        TalkProblem.SuggestionTooLong tooLong => $"建议太长了，请控制在{tooLong.MaxLength}个字以内。",
        TalkProblem.YearOutOfRange range => $"年份不对：请写{range.Earliest}年到{range.Latest}年之间的年份。",
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "A talk problem without wording."),
    };
}
