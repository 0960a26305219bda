using BranchBot.Core.Notifications;

namespace BranchBot.Core.Knowledge.Questions;

/// <summary>
/// The proactive messages of the question queue, the same whether the chat or the console acts. Worded by the chat
/// front end, which knows its commands and buttons.
/// </summary>
public interface IKnowledgeNotices
{
    /// <summary>To 书记 and 副书记: a question was passed on and waits for an answer.</summary>
    Notification Forwarded(PendingQuestion question);

    /// <summary>To the asker: the branch's answer.</summary>
    Notification Answered(PendingQuestion question);
}
