using System.Collections.Concurrent;
using BranchBot.Core.Delivery;
using BranchBot.Core.Storage;
using Microsoft.Extensions.Logging;

namespace BranchBot.Core.Talks;

/// <summary>
/// Takes the 谈心 draft's write off the reply's path (<see cref="LatestWriteBuffer{TValue}"/>): each answer replaces the
/// member's draft in memory at once and one background writer stores every member's latest draft in one write; a
/// normal stop stores them all. The answers are already protected when they get here, so memory holds ciphertext only.
/// A submission first waits until the member's own draft is stored (not every member's), so the record and the draft's deletion stay in one
/// transaction and a draft written late can never come back after it; submissions made at the same time are then
/// stored together (<see cref="GroupCommit{TItem, TResult}"/>: one disk sync for all of them, each turn answering once
/// its own is stored, and no request thread blocked on the disk meanwhile; two groups at once, so the next is written while
/// the one before waits for its sync). What a crash can lose is the last second of
/// answers of a 谈心 still in progress: the member is asked those questions again.
/// Drafts are read from memory too once known (this server is their only writer: nothing else, in this process or
/// another, writes the drafts collection), so an answer turn does not wait for the file behind other writes.
/// </summary>
public sealed class BufferedFeedbackStore : IFeedbackStore, IAsyncDisposable
{
    private readonly IFeedbackDraftBatchStore _inner;
    private readonly LatestWriteBuffer<FeedbackDraft> _drafts;
    private readonly GroupCommit<FeedbackSubmission, bool> _submissions;

    // Each member's draft as last read or changed here (null: none). Changes overwrite; a read only fills a gap, so a
    // read that raced a change never puts back what the change replaced. Bounded by the number of members.
    private readonly ConcurrentDictionary<string, FeedbackDraft?> _known = new(StringComparer.Ordinal);

    /// <param name="refuseWhenFull">See <see cref="LatestWriteBuffer{TValue}"/>: a full disk is still refused in the turn.</param>
    public BufferedFeedbackStore(IFeedbackDraftBatchStore inner, Action refuseWhenFull, TimeProvider time, ILogger<BufferedFeedbackStore> logger)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _drafts = new LatestWriteBuffer<FeedbackDraft>(inner.WriteDraftsAsync, refuseWhenFull, time, logger, "谈心 drafts");
        _submissions = new GroupCommit<FeedbackSubmission, bool>(SubmitAllAsync, writers: 2);
    }

    public async ValueTask<FeedbackDraft?> GetDraftAsync(string memberId, CancellationToken cancellationToken)
    {
        if (_drafts.TryGet(memberId, out var latest) || _known.TryGetValue(memberId, out latest))
        {
            return latest;
        }

        var stored = await _inner.GetDraftAsync(memberId, cancellationToken);
        _known.TryAdd(memberId, stored);
        return stored;
    }

    public ValueTask SaveDraftAsync(FeedbackDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return ChangeAsync(draft.MemberId, draft, cancellationToken);
    }

    public ValueTask DeleteDraftAsync(string memberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(memberId);
        return ChangeAsync(memberId, null, cancellationToken);
    }

    /// <remarks>
    /// Called under the member's talk write lock, like every change of the member's draft, so no newer draft of the
    /// member can be queued between the withdrawal and the transaction.
    /// </remarks>
    public async ValueTask SubmitAsync(FeedbackRecord record, IReadOnlyList<FollowUpTask> followUps, DeliveryRequest? notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(followUps);
        // The submission's transaction deletes the stored draft, so a draft change still queued is never written; a
        // failed submission puts it back, keeping the member's last answer.
        var (withdrawn, draft) = await _drafts.WithdrawAsync(record.MemberId, cancellationToken);
        try
        {
            await _submissions.WriteAsync(new FeedbackSubmission(record, followUps, notice));
        }
        catch (Exception) when (withdrawn)
        {
            if (!_drafts.Restore(record.MemberId, draft))
            {
                await (draft is null ? _inner.DeleteDraftAsync(record.MemberId, cancellationToken) : _inner.SaveDraftAsync(draft, cancellationToken));
            }

            throw;
        }

        _known[record.MemberId] = null;
    }

    public ValueTask<FeedbackRecord?> GetAsync(string feedbackId, CancellationToken cancellationToken) => _inner.GetAsync(feedbackId, cancellationToken);

    public ValueTask<IReadOnlyList<FeedbackRecord>> ListAsync(CancellationToken cancellationToken) => _inner.ListAsync(cancellationToken);

    public ValueTask<IReadOnlyList<FeedbackRecord>> ListByMemberAsync(string memberId, CancellationToken cancellationToken) =>
        _inner.ListByMemberAsync(memberId, cancellationToken);

    public ValueTask<FollowUpTask?> GetFollowUpAsync(string followUpId, CancellationToken cancellationToken) => _inner.GetFollowUpAsync(followUpId, cancellationToken);

    public ValueTask<IReadOnlyList<FollowUpTask>> ListOpenFollowUpsAsync(CancellationToken cancellationToken) => _inner.ListOpenFollowUpsAsync(cancellationToken);

    public ValueTask SaveFollowUpAsync(FollowUpTask task, CancellationToken cancellationToken) => _inner.SaveFollowUpAsync(task, cancellationToken);

    private async ValueTask ChangeAsync(string memberId, FeedbackDraft? draft, CancellationToken cancellationToken)
    {
        // Forgotten first, so that a failed direct write below cannot leave a value the store does not hold.
        _known.TryRemove(memberId, out _);
        if (!_drafts.Change(memberId, draft))
        {
            await (draft is null ? _inner.DeleteDraftAsync(memberId, cancellationToken) : _inner.SaveDraftAsync(draft, cancellationToken));
        }

        _known[memberId] = draft;
    }

    /// <summary>Stores every submission and draft change made before it, then stops the writers.</summary>
    public async ValueTask DisposeAsync()
    {
        await _submissions.DisposeAsync();
        await _drafts.DisposeAsync();
    }

    private async ValueTask<IReadOnlyList<bool>> SubmitAllAsync(IReadOnlyList<FeedbackSubmission> submissions, CancellationToken cancellationToken)
    {
        await _inner.SubmitAllAsync(submissions, cancellationToken);
        return [.. submissions.Select(_ => true)];
    }
}
