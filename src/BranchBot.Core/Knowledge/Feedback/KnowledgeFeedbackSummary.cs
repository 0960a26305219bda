namespace BranchBot.Core.Knowledge.Feedback;

/// <summary>How often an entry's answer was marked 有用 and 没用; no entry question for the dues worked out from an income.</summary>
public sealed record EntryFeedbackCount(string? EntryQuestion, int Helpful, int NotHelpful)
{
    public bool IsDues => EntryQuestion is null;
}

/// <summary>
/// What the secretary sees under 问答反馈: the clicks, the answers marked 没用 most, and the latest questions the
/// knowledge base could not answer.
/// </summary>
public sealed record KnowledgeFeedbackSummary(
    int Helpful,
    int NotHelpful,
    int AnsweredQuestions,
    int FailedQuestions,
    IReadOnlyList<EntryFeedbackCount> MostNotHelpful,
    IReadOnlyList<AnswerLogEntry> RecentFailures);
