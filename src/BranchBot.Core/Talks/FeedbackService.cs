using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;
using BranchBot.Core.Security;
using BranchBot.Core.Time;
using Microsoft.Extensions.Options;

namespace BranchBot.Core.Talks;

/// <summary>
/// 谈心: a member answers four questions one at a time (saved as they go, resumable the same day), then submits.
/// Hardships in the answers create 必访 follow-up tasks for the secretary.
/// </summary>
public sealed class FeedbackService(
    IFeedbackStore store, IMembershipStore members, IContentProtector protector, BranchClock clock, TalkWriteLock writeLock,
    AuditLog audit, DeliverySignal outboxSignal, IOptions<TalkOptions> options)
{
    public const int MaxAnswerLength = 1000;

    /// <summary>Today's unfinished 谈心 of the member, if any; a draft from an earlier day is discarded.</summary>
    public async Task<FeedbackSession?> GetSessionAsync(Member member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var draft = await TodaysDraftAsync(member.Id, cancellationToken);
        return draft is null ? null : Open(draft, resumed: true);
    }

    /// <summary>Resumes today's draft, or starts a new one (nothing is stored until the first answer).</summary>
    public async Task<FeedbackSession> StartAsync(Member member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var draft = await TodaysDraftAsync(member.Id, cancellationToken);
        return draft is null ? new FeedbackSession(member.Id, TalkAccess.Today(clock), [], Resumed: false) : Open(draft, resumed: true);
    }

    /// <summary>Saves (or replaces, when modifying) the answer to one question.</summary>
    public async Task<Outcome<FeedbackSession, TalkProblem>> AnswerAsync(Member member, FeedbackTopic topic, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var clean = text?.Trim();
        if (string.IsNullOrEmpty(clean))
        {
            return new TalkProblem.AnswerEmpty();
        }

        if (clean.Length > MaxAnswerLength)
        {
            return new TalkProblem.AnswerTooLong(MaxAnswerLength);
        }

        return await SaveAnswerAsync(member, new ProtectedAnswer(topic, protector.Protect(clean)), cancellationToken);
    }

    /// <summary>Skips one question (跳过).</summary>
    public Task<Outcome<FeedbackSession, TalkProblem>> SkipAsync(Member member, FeedbackTopic topic, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        return SaveAnswerAsync(member, new ProtectedAnswer(topic, null), cancellationToken);
    }

    /// <summary>Throws the member's draft away (取消).</summary>
    public Task DiscardAsync(Member member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        return writeLock.RunForMemberAsync(member.Id, async () =>
        {
            await store.DeleteDraftAsync(member.Id, cancellationToken);
            return true;
        }, cancellationToken);
    }

    /// <summary>
    /// Stores today's completed draft as a feedback record; when hardships were mentioned a follow-up task is
    /// created for the secretary. <paramref name="visitWanted"/> is the member's answer to whether a visit is wanted.
    /// </summary>
    public Task<Outcome<FeedbackSubmitted, TalkProblem>> SubmitAsync(Member member, bool? visitWanted, CancellationToken cancellationToken) =>
        SubmitAsync(member, visitWanted, _ => null, cancellationToken);

    /// <summary>
    /// As above, and queues the notice <paramref name="noticeOf"/> makes of the submission (null: none) in the outbox
    /// in the submission's own transaction, so it is sent exactly when the submission is stored, and the turn waits for
    /// one write instead of two.
    /// </summary>
    public Task<Outcome<FeedbackSubmitted, TalkProblem>> SubmitAsync(
        Member member, bool? visitWanted, Func<FeedbackSubmitted, DeliveryRequest?> noticeOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(noticeOf);
        return writeLock.RunForMemberAsync<Outcome<FeedbackSubmitted, TalkProblem>>(member.Id, async () =>
        {
            var draft = await TodaysDraftLockedAsync(member.Id, cancellationToken);
            if (draft is null)
            {
                return new TalkProblem.NoFeedbackInProgress();
            }

            var session = Open(draft, resumed: true);
            if (!session.IsComplete)
            {
                return new TalkProblem.TopicUnanswered(session.NextTopic!.Value);
            }

            if (!session.HasContent)
            {
                return new TalkProblem.AllSkipped();
            }

            var hardships = session.Hardships;
            var today = TalkAccess.Today(clock);
            var record = new FeedbackRecord
            {
                Id = FeedbackRecord.NewId(),
                MemberId = member.Id,
                Date = today,
                Answers = Ordered(draft.Answers),
                Hardships = [.. hardships.Select(h => h.Kind)],
                VisitWanted = hardships.Count > 0 ? visitWanted : null,
                SubmittedAt = clock.UtcNow,
            };
            IReadOnlyList<FollowUpTask> followUps = hardships.Count == 0 ? [] :
            [
                new FollowUpTask
                {
                    Id = FollowUpTask.NewId(),
                    MemberId = member.Id,
                    FeedbackId = record.Id,
                    Kinds = record.Hardships,
                    VisitWanted = record.VisitWanted,
                    CreatedAt = clock.UtcNow,
                    DueDate = today.AddDays(Math.Max(1, options.Value.FollowUpDueDays)),
                },
            ];
            var submitted = new FeedbackSubmitted(new FeedbackView(record, member, session.Answers), hardships, followUps);
            var notice = noticeOf(submitted);
            await store.SubmitAsync(record, followUps, notice, cancellationToken);
            if (notice is not null)
            {
                outboxSignal.Notify();
            }

            return Outcome<FeedbackSubmitted, TalkProblem>.Ok(submitted);
        }, cancellationToken);
    }

    /// <summary>One feedback record; its author and the secretary may read it, every other attempt is refused and audited.</summary>
    public async Task<Outcome<FeedbackView, TalkProblem>> GetAsync(Member viewer, string feedbackId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var record = await store.GetAsync(feedbackId, cancellationToken);
        if (record is null)
        {
            return new TalkProblem.RecordNotFound();
        }

        var current = await TalkAccess.CurrentAsync(members, viewer, cancellationToken);
        var own = current is not null && current.Id == record.MemberId;
        var allowed = own || TalkAccess.IsSecretary(current);
        if (!own)
        {
            await audit.RecordAsync(viewer.Id, AuditSubject.Feedback, record.Id, record.MemberId, allowed, cancellationToken);
        }

        if (!allowed)
        {
            return current is null ? new TalkProblem.ReaderNotMember() : new TalkProblem.NotAllowed();
        }

        var author = await members.GetMemberAsync(record.MemberId, cancellationToken);
        return author is null ? new TalkProblem.FeedbackAuthorGone() : Outcome<FeedbackView, TalkProblem>.Ok(View(record, author));
    }

    internal FeedbackView View(FeedbackRecord record, Member author) => new(record, author, Reveal(record.Answers));

    private async Task<Outcome<FeedbackSession, TalkProblem>> SaveAnswerAsync(Member member, ProtectedAnswer answer, CancellationToken cancellationToken) =>
        await writeLock.RunForMemberAsync<Outcome<FeedbackSession, TalkProblem>>(member.Id, async () =>
        {
            var draft = await TodaysDraftLockedAsync(member.Id, cancellationToken)
                ?? new FeedbackDraft { MemberId = member.Id, Date = TalkAccess.Today(clock) };
            var saved = draft with
            {
                Answers = Ordered([.. draft.Answers.Where(a => a.Topic != answer.Topic), answer]),
                UpdatedAt = clock.UtcNow,
            };
            await store.SaveDraftAsync(saved, cancellationToken);
            return Outcome<FeedbackSession, TalkProblem>.Ok(Open(saved, resumed: false));
        }, cancellationToken);

    /// <summary>Today's draft, for callers outside the write lock; a stale one is dropped under the lock.</summary>
    private async Task<FeedbackDraft?> TodaysDraftAsync(string memberId, CancellationToken cancellationToken)
    {
        var draft = await store.GetDraftAsync(memberId, cancellationToken);
        if (draft is null || draft.Date == TalkAccess.Today(clock))
        {
            return draft;
        }

        return await writeLock.RunForMemberAsync(memberId, () => TodaysDraftLockedAsync(memberId, cancellationToken), cancellationToken);
    }

    /// <summary>Today's draft, for callers holding the member's write lock; a draft from an earlier day is deleted.</summary>
    private async Task<FeedbackDraft?> TodaysDraftLockedAsync(string memberId, CancellationToken cancellationToken)
    {
        var draft = await store.GetDraftAsync(memberId, cancellationToken);
        if (draft is null || draft.Date == TalkAccess.Today(clock))
        {
            return draft;
        }

        await store.DeleteDraftAsync(memberId, cancellationToken);
        return null;
    }

    private FeedbackSession Open(FeedbackDraft draft, bool resumed) => new(draft.MemberId, draft.Date, Reveal(draft.Answers), resumed);

    private List<FeedbackAnswer> Reveal(IEnumerable<ProtectedAnswer> answers) =>
        [.. answers.Select(a => new FeedbackAnswer(a.Topic, a.ProtectedText is null ? null : protector.Unprotect(a.ProtectedText)))];

    private static List<ProtectedAnswer> Ordered(IEnumerable<ProtectedAnswer> answers) => [.. answers.OrderBy(a => a.Topic)];
}
