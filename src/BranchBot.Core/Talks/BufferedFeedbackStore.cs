using BranchBot.Core.Storage;
using Microsoft.Extensions.Logging;

namespace BranchBot.Core.Talks;

/// <summary>
/// Takes the 谈心 draft's write off the reply's path (<see cref="LatestWriteBuffer{TValue}"/>): each answer replaces the
/// member's draft in memory at once and one background writer stores every member's latest draft in one write; a
/// normal stop stores them all. The answers are already protected when they get here, so memory holds ciphertext only.
/// A submission first waits until the member's draft is stored, so the record and the draft's deletion stay in one
/// transaction and a draft written late can never come back after it. What a crash can lose is the last second of
/// answers of a 谈心 still in progress: the member is asked those questions again.
/// </summary>
public sealed class BufferedFeedbackStore : IFeedbackStore, IAsyncDisposable
{
    private readonly IFeedbackDraftBatchStore _inner;
    private readonly LatestWriteBuffer<FeedbackDraft> _drafts;

    /// <param name="refuseWhenFull">See <see cref="LatestWriteBuffer{TValue}"/>: a full disk is still refused in the turn.</param>
    public BufferedFeedbackStore(IFeedbackDraftBatchStore inner, Action refuseWhenFull, TimeProvider time, ILogger<BufferedFeedbackStore> logger)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _drafts = new LatestWriteBuffer<FeedbackDraft>(inner.WriteDraftsAsync, refuseWhenFull, time, logger, "谈心 drafts");
    }

    public ValueTask<FeedbackDraft?> GetDraftAsync(string memberId, CancellationToken cancellationToken) =>
        _drafts.TryGet(memberId, out var latest) ? ValueTask.FromResult(latest) : _inner.GetDraftAsync(memberId, cancellationToken);

    public ValueTask SaveDraftAsync(FeedbackDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return _drafts.Change(draft.MemberId, draft) ? ValueTask.CompletedTask : _inner.SaveDraftAsync(draft, cancellationToken);
    }

    public ValueTask DeleteDraftAsync(string memberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(memberId);
        return _drafts.Change(memberId, null) ? ValueTask.CompletedTask : _inner.DeleteDraftAsync(memberId, cancellationToken);
    }

    /// <remarks>
    /// Called under the talks' write lock, like every draft change, so no newer draft of the member can be queued
    /// between the flush and the transaction.
    /// </remarks>
    public async ValueTask SubmitAsync(FeedbackRecord record, IReadOnlyList<FollowUpTask> followUps, CancellationToken cancellationToken)
    {
        await _drafts.FlushAsync(cancellationToken);
        await _inner.SubmitAsync(record, followUps, cancellationToken);
    }

    public ValueTask<FeedbackRecord?> GetAsync(string feedbackId, CancellationToken cancellationToken) => _inner.GetAsync(feedbackId, cancellationToken);

    public ValueTask<IReadOnlyList<FeedbackRecord>> ListAsync(CancellationToken cancellationToken) => _inner.ListAsync(cancellationToken);

    public ValueTask<IReadOnlyList<FeedbackRecord>> ListByMemberAsync(string memberId, CancellationToken cancellationToken) =>
        _inner.ListByMemberAsync(memberId, cancellationToken);

    public ValueTask<FollowUpTask?> GetFollowUpAsync(string followUpId, CancellationToken cancellationToken) => _inner.GetFollowUpAsync(followUpId, cancellationToken);

    public ValueTask<IReadOnlyList<FollowUpTask>> ListOpenFollowUpsAsync(CancellationToken cancellationToken) => _inner.ListOpenFollowUpsAsync(cancellationToken);

    public ValueTask SaveFollowUpAsync(FollowUpTask task, CancellationToken cancellationToken) => _inner.SaveFollowUpAsync(task, cancellationToken);

    /// <summary>Stores every draft change made before it, then stops the writer.</summary>
    public ValueTask DisposeAsync() => _drafts.DisposeAsync();
}
