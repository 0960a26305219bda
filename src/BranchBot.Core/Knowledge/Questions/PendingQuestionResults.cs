using BranchBot.Core.Knowledge.Entries;
using BranchBot.Core.Notifications;

namespace BranchBot.Core.Knowledge.Questions;

/// <summary>A question put into the queue (or found there already) and whom the notice reached.</summary>
public sealed record ForwardedQuestion(PendingQuestion Question, bool AlreadyQueued, NotificationResult? Notified);

/// <summary>An answered question and whether the answer reached the asker's chat.</summary>
public sealed record AnsweredQuestion(PendingQuestion Question, bool Delivered);

/// <summary>An answered question saved into the knowledge base.</summary>
public sealed record SavedQuestion(PendingQuestion Question, SavedKnowledgeEntry Entry);
