using BranchBot.Core.Delivery;
using BranchBot.Core.Talks;
using BranchBot.Core.Organisation;
using BranchBot.Storage.LiteDb.Delivery;
using BranchBot.Storage.LiteDb.Organisation;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Talks;

/// <summary>One branch's feedback drafts, feedback and follow-ups; another branch's are never returned or written over (<see cref="BranchGuard"/>).</summary>
public sealed class LiteDbFeedbackStore : IFeedbackDraftBatchStore
{
    private readonly LiteDbContext _context;
    private readonly BranchGuard _guard;
    private readonly ILiteCollection<FeedbackDraftDocument> _drafts;
    private readonly ILiteCollection<FeedbackDocument> _feedback;
    private readonly ILiteCollection<FollowUpDocument> _followUps;
    private readonly LiteDbDeliveryStore? _outbox;

    /// <summary>The store of the database's only branch (created with its organisation on a new database).</summary>
    public LiteDbFeedbackStore(LiteDbContext context)
        : this(context, LiteDbOrganisationStore.PrimaryBranchOf(context))
    {
    }

    /// <param name="outbox">The outbox of the same database, where a submission's notice is queued in its transaction; a
    /// store made without it refuses submissions that carry a notice.</param>
    public LiteDbFeedbackStore(LiteDbContext context, BranchContext branch, LiteDbDeliveryStore? outbox = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(branch);
        _context = context;
        _outbox = outbox;
        _guard = new BranchGuard(branch.Id);
        _drafts = context.Collection<FeedbackDraftDocument>(LiteDbCollections.FeedbackDrafts);
        _feedback = context.Collection<FeedbackDocument>(LiteDbCollections.Feedback);
        _followUps = context.Collection<FollowUpDocument>(LiteDbCollections.FollowUps);
        context.IndexOnce(nameof(LiteDbFeedbackStore), () =>
        {
            _feedback.EnsureIndex(f => f.MemberId);
            _followUps.EnsureIndex(f => f.Status);
            _feedback.EnsureIndex(f => f.BranchId);
        });
    }

    private string BranchId => _guard.BranchId;

    public ValueTask<FeedbackDraft?> GetDraftAsync(string memberId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_guard.Own(_drafts.FindById(memberId), d => d.BranchId)?.ToDraft());

    public ValueTask SaveDraftAsync(FeedbackDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        _guard.RefuseOther(_drafts.FindById(draft.MemberId)?.BranchId, draft.MemberId);
        _drafts.Upsert(FeedbackDraftDocument.From(draft, BranchId));
        return ValueTask.CompletedTask;
    }

    public ValueTask DeleteDraftAsync(string memberId, CancellationToken cancellationToken)
    {
        if (_guard.Own(_drafts.FindById(memberId), d => d.BranchId) is not null)
        {
            _drafts.Delete(memberId);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask WriteDraftsAsync(IReadOnlyCollection<KeyValuePair<string, FeedbackDraft?>> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var chunk in changes.Chunk(LiteDbContext.BackgroundChunk))
        {
            _context.InBackgroundTransaction(() => WriteDrafts(chunk));
        }

        return ValueTask.CompletedTask;
    }

    private void WriteDrafts(IEnumerable<KeyValuePair<string, FeedbackDraft?>> changes)
    {
        foreach (var (memberId, draft) in changes)
        {
            var owner = _drafts.FindById(memberId)?.BranchId;
            if (draft is null)
            {
                if (owner == BranchId)
                {
                    _drafts.Delete(memberId);
                }
            }
            else
            {
                _guard.RefuseOther(owner, memberId);
                _drafts.Upsert(FeedbackDraftDocument.From(draft, BranchId));
            }
        }
    }

    public ValueTask SubmitAsync(FeedbackRecord record, IReadOnlyList<FollowUpTask> followUps, DeliveryRequest? notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(followUps);
        return SubmitAllAsync([new FeedbackSubmission(record, followUps, notice)], cancellationToken);
    }

    public ValueTask SubmitAllAsync(IReadOnlyList<FeedbackSubmission> submissions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        if (submissions.All(s => s.Notice is null))
        {
            _context.InTransaction(() => Store(submissions, queue: null));
        }
        else
        {
            var outbox = _outbox ?? throw new InvalidOperationException("This feedback store was made without the outbox, so it cannot queue a notice.");
            outbox.InTransactionWithRequests(_context, queue => Store(submissions, queue));
        }

        return ValueTask.CompletedTask;
    }

    private void Store(IReadOnlyList<FeedbackSubmission> submissions, Action<DeliveryRequest, DateTimeOffset>? queue)
    {
        foreach (var (record, followUps, notice) in submissions)
        {
            _guard.RefuseOther(_drafts.FindById(record.MemberId)?.BranchId, record.MemberId);
            _feedback.Insert(FeedbackDocument.From(record, BranchId));
            _followUps.Insert(followUps.Select(f => FollowUpDocument.From(f, BranchId)));
            _drafts.Delete(record.MemberId);
            if (notice is not null)
            {
                queue!(notice, record.SubmittedAt);
            }
        }
    }

    public ValueTask<FeedbackRecord?> GetAsync(string feedbackId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_guard.Own(_feedback.FindById(feedbackId), f => f.BranchId)?.ToRecord());

    public ValueTask<IReadOnlyList<FeedbackRecord>> ListAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(Newest(_feedback.Find(Filter.Equal(nameof(FeedbackDocument.BranchId), BranchId))));

    public ValueTask<IReadOnlyList<FeedbackRecord>> ListByMemberAsync(string memberId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Newest(_feedback.Find(f => f.MemberId == memberId)));

    public ValueTask<FollowUpTask?> GetFollowUpAsync(string followUpId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_guard.Own(_followUps.FindById(followUpId), f => f.BranchId)?.ToTask());

    public ValueTask<IReadOnlyList<FollowUpTask>> ListOpenFollowUpsAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<FollowUpTask>>([.. _followUps
            .Find(f => f.Status == FollowUpStatus.Open)
            .Where(f => f.BranchId == BranchId)
            .Select(f => f.ToTask())
            .OrderBy(t => t.DueDate)
            .ThenBy(t => t.CreatedAt)]);

    public ValueTask SaveFollowUpAsync(FollowUpTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        _guard.RefuseOther(_followUps.FindById(task.Id)?.BranchId, task.Id);
        _followUps.Upsert(FollowUpDocument.From(task, BranchId));
        return ValueTask.CompletedTask;
    }

    private IReadOnlyList<FeedbackRecord> Newest(IEnumerable<FeedbackDocument> documents) =>
        [.. documents.Where(d => d.BranchId == BranchId).Select(d => d.ToRecord()).OrderByDescending(r => r.SubmittedAt)];
}
