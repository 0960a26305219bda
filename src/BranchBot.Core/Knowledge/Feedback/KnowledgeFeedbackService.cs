using BranchBot.Core.Membership;

namespace BranchBot.Core.Knowledge.Feedback;

/// <summary>
/// Logs every question put to the knowledge base, takes the 有用/没用 clicks, and sums them up for the secretary
/// together with the questions that failed.
/// </summary>
public sealed class KnowledgeFeedbackService(IAnswerLogStore store, TimeProvider time)
{
    public ValueTask<AnswerLogEntry> RecordSearchAsync(KnowledgeSearchResult result, Member? asker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var outcome = result.Verdict switch
        {
            KnowledgeVerdict.Answered => AnswerOutcome.Answered,
            KnowledgeVerdict.Uncertain => AnswerOutcome.Uncertain,
            _ => AnswerOutcome.OutOfScope,
        };
        return store.AddAsync(
            new AnswerLogEntry
            {
                Question = result.Question.Trim(),
                Outcome = outcome,
                TopQuestion = result.Best?.Entry.Question,
                TopStoredId = result.Best?.Entry.StoredId,
                Score = Math.Round(result.Best?.Relevance ?? 0, 3),
                AskerId = asker?.Id,
                AskerName = asker?.Name,
                AskedAt = time.GetUtcNow(),
            },
            cancellationToken);
    }

    public ValueTask<AnswerLogEntry> RecordDuesAsync(string question, Member? asker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        return store.AddAsync(
            new AnswerLogEntry { Question = question.Trim(), Outcome = AnswerOutcome.DuesComputed, AskerId = asker?.Id, AskerName = asker?.Name, AskedAt = time.GetUtcNow() },
            cancellationToken);
    }

    public ValueTask<AnswerLogEntry?> GetAsync(int answerId, CancellationToken cancellationToken) => store.GetAsync(answerId, cancellationToken);

    /// <summary>The member's latest question, or their latest that got (or did not get) an answer.</summary>
    public async Task<AnswerLogEntry?> LatestOfAsync(Member member, bool failed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        return (await store.ListRecentAsync(1, member.Id, failed, cancellationToken)).FirstOrDefault();
    }

    /// <summary>有用 or 没用 on an answer the bot gave; only the member who asked may rate it.</summary>
    public async Task<Outcome<AnswerFeedback, KnowledgeProblem>> RateAsync(int answerId, bool helpful, Member member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var answer = await store.GetAsync(answerId, cancellationToken);
        if (answer is null || (answer.AskerId is not null && answer.AskerId != member.Id))
        {
            return new KnowledgeProblem.UnknownAnswer();
        }

        if (!answer.GaveAnswer)
        {
            return new KnowledgeProblem.NothingToRate();
        }

        var feedback = new AnswerFeedback
        {
            AnswerLogId = answer.Id,
            Question = answer.Question,
            EntryQuestion = answer.TopQuestion,
            Helpful = helpful,
            MemberId = member.Id,
            MemberName = member.Name,
            At = time.GetUtcNow(),
        };
        await store.SaveFeedbackAsync(feedback, cancellationToken);
        return Outcome<AnswerFeedback, KnowledgeProblem>.Ok(feedback);
    }

    public async Task<KnowledgeFeedbackSummary> SummarizeAsync(int topEntries, int recentFailures, CancellationToken cancellationToken)
    {
        var feedback = await store.ListFeedbackAsync(cancellationToken);
        var (answered, failed) = await store.CountAsync(cancellationToken);
        var mostNotHelpful = feedback
            .GroupBy(f => f.EntryQuestion, StringComparer.Ordinal)
            .Select(g => new EntryFeedbackCount(g.Key, g.Count(f => f.Helpful), g.Count(f => !f.Helpful)))
            .Where(c => c.NotHelpful > 0)
            .OrderByDescending(c => c.NotHelpful)
            .ThenBy(c => c.Helpful)
            .ThenBy(c => c.IsDues)
            .ThenBy(c => c.EntryQuestion, StringComparer.Ordinal)
            .Take(topEntries)
            .ToList();
        var failures = await store.ListRecentAsync(recentFailures, askerId: null, failed: true, cancellationToken);
        return new KnowledgeFeedbackSummary(feedback.Count(f => f.Helpful), feedback.Count(f => !f.Helpful), answered, failed, mostNotHelpful, failures);
    }
}
