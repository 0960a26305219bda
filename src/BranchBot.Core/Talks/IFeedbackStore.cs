using BranchBot.Core.Delivery;

namespace BranchBot.Core.Talks;

/// <summary>谈心 drafts, submitted feedback and the follow-up tasks they create.</summary>
public interface IFeedbackStore
{
    ValueTask<FeedbackDraft?> GetDraftAsync(string memberId, CancellationToken cancellationToken);

    ValueTask SaveDraftAsync(FeedbackDraft draft, CancellationToken cancellationToken);

    ValueTask DeleteDraftAsync(string memberId, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the record and its follow-ups, deletes the member's draft and queues <paramref name="notice"/> (when given)
    /// in the delivery outbox as of the record's submission time, all in one transaction: the secretary is told of a
    /// submission exactly when it is stored. The caller wakes the outbox's workers afterwards.
    /// </summary>
    ValueTask SubmitAsync(FeedbackRecord record, IReadOnlyList<FollowUpTask> followUps, DeliveryRequest? notice, CancellationToken cancellationToken);

    ValueTask<FeedbackRecord?> GetAsync(string feedbackId, CancellationToken cancellationToken);

    /// <summary>Every record, newest first.</summary>
    ValueTask<IReadOnlyList<FeedbackRecord>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The member's records, newest first.</summary>
    ValueTask<IReadOnlyList<FeedbackRecord>> ListByMemberAsync(string memberId, CancellationToken cancellationToken);

    ValueTask<FollowUpTask?> GetFollowUpAsync(string followUpId, CancellationToken cancellationToken);

    /// <summary>Open follow-ups, earliest due first.</summary>
    ValueTask<IReadOnlyList<FollowUpTask>> ListOpenFollowUpsAsync(CancellationToken cancellationToken);

    ValueTask SaveFollowUpAsync(FollowUpTask task, CancellationToken cancellationToken);
}

/// <summary>A feedback store that also writes many members' drafts, or many submissions, in one write: what <see cref="BufferedFeedbackStore"/> writes to.</summary>
public interface IFeedbackDraftBatchStore : IFeedbackStore
{
    /// <summary>Saves each draft, and deletes the draft of each member id given without one, all in one write.</summary>
    ValueTask WriteDraftsAsync(IReadOnlyCollection<KeyValuePair<string, FeedbackDraft?>> changes, CancellationToken cancellationToken);

    /// <summary>Stores every submission as <see cref="IFeedbackStore.SubmitAsync"/> does, all in one transaction.</summary>
    ValueTask SubmitAllAsync(IReadOnlyList<FeedbackSubmission> submissions, CancellationToken cancellationToken);
}

/// <summary>One submitted 谈心: its record, the follow-ups it creates and the notice that tells of it (null: nobody to tell).</summary>
public sealed record FeedbackSubmission(FeedbackRecord Record, IReadOnlyList<FollowUpTask> FollowUps, DeliveryRequest? Notice);
