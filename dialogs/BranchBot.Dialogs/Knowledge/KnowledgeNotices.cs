using BranchBot.Core.Knowledge.Questions;
using BranchBot.Core.Notifications;

namespace BranchBot.Dialogs.Knowledge;

/// <summary>The chat's wording of the question queue's messages; the forwarded notice carries a 待答问题 button.</summary>
internal sealed class KnowledgeNotices : IKnowledgeNotices
{
    public Notification Forwarded(PendingQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new Notification(
            $"【待答问题】{question.AskerName}问：「{MarkdownText.Escape(question.Question)}」（编号 {question.Number}）\n知识库里没有确切规定，请发送「{KnowledgeTexts.AnswerCommand} {question.Number} 答复内容」答复。",
            [KnowledgeTexts.PendingCommand])
        {
            Key = NoticeKeys.Of("question-forwarded", $"{question.Number}"),
        };
    }

    public Notification Answered(PendingQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new Notification($"【支部答复】你问的「{MarkdownText.Escape(question.Question)}」，{question.AnsweredByName}答复：\n{MarkdownText.Escape(question.Answer)}")
        {
            Key = NoticeKeys.Of("question-answered", $"{question.Number}"),
        };
    }
}
