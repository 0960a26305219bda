using BranchBot.Core.Notifications;

namespace BranchBot.Core.Knowledge.Questions;

/// <summary>The proactive messages of the question queue, the same whether the chat or the console acts.</summary>
public static class KnowledgeNotices
{
    public const string PendingQuestionsCommand = "待答问题";

    public static Notification Forwarded(PendingQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new Notification(
            $"【待答问题】{question.AskerName}问：「{MarkdownText.Escape(question.Question)}」（编号 {question.Number}）\n知识库里没有确切规定，请发送「回答 {question.Number} 答复内容」答复。",
            [PendingQuestionsCommand]);
    }

    public static Notification Answered(PendingQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new Notification($"【支部答复】你问的「{MarkdownText.Escape(question.Question)}」，{question.AnsweredByName}答复：\n{MarkdownText.Escape(question.Answer)}");
    }
}
