using BranchBot.Core.Talks;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Talks;

public sealed class LiteDbFeedbackStore : IFeedbackDraftBatchStore
{
    private readonly LiteDbContext _context;
    private readonly ILiteCollection<FeedbackDraftDocument> _drafts;
    private readonly ILiteCollection<FeedbackDocument> _feedback;
    private readonly ILiteCollection<FollowUpDocument> _followUps;

    public LiteDbFeedbackStore(LiteDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _drafts = context.Collection<FeedbackDraftDocument>(LiteDbCollections.FeedbackDrafts);
        _feedback = context.Collection<FeedbackDocument>(LiteDbCollections.Feedback);
        _followUps = context.Collection<FollowUpDocument>(LiteDbCollections.FollowUps);
        _feedback.EnsureIndex(f => f.MemberId);
        _followUps.EnsureIndex(f => f.Status);
    }

    public ValueTask<FeedbackDraft?> GetDraftAsync(string memberId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_drafts.FindById(memberId)?.ToDraft());

    public ValueTask SaveDraftAsync(FeedbackDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        _drafts.Upsert(FeedbackDraftDocument.From(draft));
        return ValueTask.CompletedTask;
    }

    public ValueTask DeleteDraftAsync(string memberId, CancellationToken cancellationToken)
    {
        _drafts.Delete(memberId);
        return ValueTask.CompletedTask;
    }

    public ValueTask WriteDraftsAsync(IReadOnlyCollection<KeyValuePair<string, FeedbackDraft?>> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        _context.InTransaction(() =>
        {
            foreach (var (memberId, draft) in changes)
            {
                if (draft is null)
                {
                    _drafts.Delete(memberId);
                }
                else
                {
                    _drafts.Upsert(FeedbackDraftDocument.From(draft));
                }
            }
        });
        return ValueTask.CompletedTask;
    }

    public ValueTask SubmitAsync(FeedbackRecord record, IReadOnlyList<FollowUpTask> followUps, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(followUps);
        _context.InTransaction(() =>
        {
            _feedback.Insert(FeedbackDocument.From(record));
            _followUps.Insert(followUps.Select(FollowUpDocument.From));
            _drafts.Delete(record.MemberId);
        });
        return ValueTask.CompletedTask;
    }

    public ValueTask<FeedbackRecord?> GetAsync(string feedbackId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_feedback.FindById(feedbackId)?.ToRecord());

    public ValueTask<IReadOnlyList<FeedbackRecord>> ListAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(Newest(_feedback.FindAll()));

    public ValueTask<IReadOnlyList<FeedbackRecord>> ListByMemberAsync(string memberId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Newest(_feedback.Find(f => f.MemberId == memberId)));

    public ValueTask<FollowUpTask?> GetFollowUpAsync(string followUpId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_followUps.FindById(followUpId)?.ToTask());

    public ValueTask<IReadOnlyList<FollowUpTask>> ListOpenFollowUpsAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<FollowUpTask>>([.. _followUps
            .Find(f => f.Status == FollowUpStatus.Open)
            .Select(f => f.ToTask())
            .OrderBy(t => t.DueDate)
            .ThenBy(t => t.CreatedAt)]);

    public ValueTask SaveFollowUpAsync(FollowUpTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        _followUps.Upsert(FollowUpDocument.From(task));
        return ValueTask.CompletedTask;
    }

    private static IReadOnlyList<FeedbackRecord> Newest(IEnumerable<FeedbackDocument> documents) =>
        [.. documents.Select(d => d.ToRecord()).OrderByDescending(r => r.SubmittedAt)];
}
