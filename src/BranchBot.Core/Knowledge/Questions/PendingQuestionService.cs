using BranchBot.Core.Knowledge.Entries;
using BranchBot.Core.Knowledge.Feedback;
using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;

namespace BranchBot.Core.Knowledge.Questions;

/// <summary>
/// 转交书记 and 待答问题: members pass questions the knowledge base could not answer to the secretary (书记 and 副书记 are
/// told); a committee member answers, the answer goes back to the asker, and it can be saved as a knowledge entry.
/// </summary>
public sealed class PendingQuestionService(
    IPendingQuestionStore store,
    IAnswerLogStore answerLog,
    IMembershipStore members,
    IMemberNotifier notifier,
    IKnowledgeNotices notices,
    KnowledgeEntryService entries,
    KnowledgeWriteLock gate,
    TimeProvider time)
{
    public const int MaxAnswerLength = 1000;

    /// <summary>Passes on a question typed by the asker.</summary>
    public Task<Outcome<ForwardedQuestion, KnowledgeProblem>> ForwardAsync(string question, Member asker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asker);
        var text = question?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return Task.FromResult(Outcome<ForwardedQuestion, KnowledgeProblem>.Fail(new KnowledgeProblem.ForwardedQuestionEmpty()));
        }

        return text.Length > KnowledgeEntryRules.MaxQuestionLength * 2
            ? Task.FromResult(Outcome<ForwardedQuestion, KnowledgeProblem>.Fail(new KnowledgeProblem.ForwardedQuestionTooLong(KnowledgeEntryRules.MaxQuestionLength * 2)))
            : EnqueueAsync(text, asker, answerLogId: null, forwardedBy: asker, cancellationToken);
    }

    /// <summary>
    /// Passes on a logged question: the asker's own, or any member's when a committee member forwards it from 问答反馈.
    /// The answer goes to whoever asked it.
    /// </summary>
    public async Task<Outcome<ForwardedQuestion, KnowledgeProblem>> ForwardLoggedAsync(int answerLogId, Member sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var logged = await answerLog.GetAsync(answerLogId, cancellationToken);
        if (logged is null || (logged.AskerId != sender.Id && !sender.IsCommittee))
        {
            return new KnowledgeProblem.UnknownAnswer();
        }

        var asker = logged.AskerId is null ? null : await members.GetMemberAsync(logged.AskerId, cancellationToken);
        return asker is null
            ? new KnowledgeProblem.AskerNotMember()
            : await EnqueueAsync(logged.Question, asker, logged.Id, sender, cancellationToken);
    }

    /// <summary>Open questions first (oldest first), then the answered ones, newest first.</summary>
    public async Task<IReadOnlyList<PendingQuestion>> ListAsync(bool openOnly, CancellationToken cancellationToken)
    {
        var all = await store.ListAsync(cancellationToken);
        var open = all.Where(q => q.IsOpen).OrderBy(q => q.Number);
        return openOnly ? [.. open] : [.. open, .. all.Where(q => !q.IsOpen).OrderByDescending(q => q.AnsweredAt)];
    }

    public ValueTask<PendingQuestion?> GetAsync(int number, CancellationToken cancellationToken) => store.GetAsync(number, cancellationToken);

    /// <summary>Answers an open question and sends the answer to the asker.</summary>
    public async Task<Outcome<AnsweredQuestion, KnowledgeProblem>> AnswerAsync(int number, string answer, Member responder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responder);
        if (!responder.IsCommittee)
        {
            return new KnowledgeProblem.AnswerersOnly();
        }

        var text = answer?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return new KnowledgeProblem.ReplyEmpty();
        }

        if (text.Length > MaxAnswerLength)
        {
            return new KnowledgeProblem.ReplyTooLong(text.Length, MaxAnswerLength);
        }

        var answered = await gate.RunAsync<Outcome<PendingQuestion, KnowledgeProblem>>(async () =>
        {
            var question = await store.GetAsync(number, cancellationToken);
            if (question is null)
            {
                return new KnowledgeProblem.PendingQuestionNotFound(number);
            }

            if (!question.IsOpen)
            {
                return new KnowledgeProblem.AlreadyAnswered(number, question.AnsweredByName);
            }

            var updated = question with
            {
                State = PendingQuestionState.Answered,
                Answer = text,
                AnsweredById = responder.Id,
                AnsweredByName = responder.Name,
                AnsweredAt = time.GetUtcNow(),
            };
            await store.UpdateAsync(updated, cancellationToken);
            return Outcome<PendingQuestion, KnowledgeProblem>.Ok(updated);
        }, cancellationToken);
        if (!answered.Succeeded)
        {
            return answered.Problem!;
        }

        var asker = await members.GetMemberAsync(answered.Value!.AskerId, cancellationToken);
        var delivered = asker is { IsActive: true }
            && (await notifier.NotifyAsync([asker], notices.Answered(answered.Value), cancellationToken)).Delivered > 0;
        return Outcome<AnsweredQuestion, KnowledgeProblem>.Ok(new AnsweredQuestion(answered.Value, delivered));
    }

    /// <summary>Saves an answered question as a knowledge entry; the source defaults to 支部答复.</summary>
    public async Task<Outcome<SavedQuestion, KnowledgeProblem>> SaveToKnowledgeBaseAsync(int number, string? source, Member editor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(editor);
        var question = await store.GetAsync(number, cancellationToken);
        if (question is null)
        {
            return new KnowledgeProblem.PendingQuestionNotFound(number);
        }

        if (question.IsOpen || question.Answer is null)
        {
            return new KnowledgeProblem.NotYetAnswered(number);
        }

        var draft = new KnowledgeEntryDraft(
            question.Question, [], question.Answer, string.IsNullOrWhiteSpace(source) ? KnowledgeEntryRules.BranchAnswerSource : source.Trim());
        var saved = await entries.SaveAsync(draft, editor, cancellationToken);
        if (!saved.Succeeded)
        {
            return saved.Problem!;
        }

        var updated = question with { State = PendingQuestionState.Saved, SavedEntryId = saved.Value!.Entry.StoredId, SavedAt = time.GetUtcNow() };
        await gate.RunAsync(async () =>
        {
            await store.UpdateAsync(updated, cancellationToken);
            return true;
        }, cancellationToken);
        return Outcome<SavedQuestion, KnowledgeProblem>.Ok(new SavedQuestion(updated, saved.Value));
    }

    private async Task<Outcome<ForwardedQuestion, KnowledgeProblem>> EnqueueAsync(string text, Member asker, int? answerLogId, Member forwardedBy, CancellationToken cancellationToken)
    {
        var queued = await gate.RunAsync(async () =>
        {
            var key = KnowledgeEntries.Key(text);
            var existing = (await store.ListAsync(cancellationToken))
                .FirstOrDefault(q => q.IsOpen && q.AskerId == asker.Id && ((answerLogId is not null && q.AnswerLogId == answerLogId) || KnowledgeEntries.Key(q.Question) == key));
            if (existing is not null)
            {
                return (Question: existing, Existing: true);
            }

            var added = await store.AddAsync(
                new PendingQuestion { Question = text, AskerId = asker.Id, AskerName = asker.Name, AskedAt = time.GetUtcNow(), AnswerLogId = answerLogId },
                cancellationToken);
            return (Question: added, Existing: false);
        }, cancellationToken);
        if (queued.Existing)
        {
            return Outcome<ForwardedQuestion, KnowledgeProblem>.Ok(new ForwardedQuestion(queued.Question, AlreadyQueued: true, Notified: null));
        }

        var secretaries = await BranchOfficers.ListAsync(members, OfficerRule.SecretaryAndDeputies, cancellationToken, except: forwardedBy);
        var notified = secretaries.Count == 0 ? null : await notifier.NotifyAsync(secretaries, notices.Forwarded(queued.Question), cancellationToken);
        return Outcome<ForwardedQuestion, KnowledgeProblem>.Ok(new ForwardedQuestion(queued.Question, AlreadyQueued: false, notified));
    }
}
