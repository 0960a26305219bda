using BranchBot.Core.Talks;
using BranchBot.Core.Organisation;
using BranchBot.Storage.LiteDb.Organisation;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Talks;

/// <summary>One branch's talk records, talk plan and 谈心请求; another branch's are never returned or written over (<see cref="BranchGuard"/>).</summary>
public sealed class LiteDbTalkStore : ITalkStore
{
    private readonly LiteDbContext _context;
    private readonly BranchGuard _guard;
    private readonly ILiteCollection<TalkDocument> _talks;
    private readonly ILiteCollection<AssignmentDocument> _assignments;
    private readonly ILiteCollection<TalkRequestDocument> _requests;

    public LiteDbTalkStore(LiteDbContext context, BranchContext branch)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(branch);
        _context = context;
        _guard = new BranchGuard(branch.Id);
        _talks = context.Collection<TalkDocument>(LiteDbCollections.Talks);
        _assignments = context.Collection<AssignmentDocument>(LiteDbCollections.TalkAssignments);
        _requests = context.Collection<TalkRequestDocument>(LiteDbCollections.TalkRequests);
        context.IndexOnce(nameof(LiteDbTalkStore), () =>
        {
            _talks.EnsureIndex(t => t.Day);
            _talks.EnsureIndex(t => t.AuthorId);
            _talks.EnsureIndex(t => t.OtherId);
            _talks.EnsureIndex(t => t.BranchId);
            _assignments.EnsureIndex(a => a.Year);
            _requests.EnsureIndex(r => r.ToId);
        });
    }

    private string BranchId => _guard.BranchId;

    public ValueTask SaveAsync(TalkRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        _guard.RefuseOther(_talks.FindById(record.Id)?.BranchId, record.Id);
        _talks.Upsert(TalkDocument.From(record, BranchId));
        return ValueTask.CompletedTask;
    }

    public ValueTask<TalkRecord?> GetAsync(string recordId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_guard.Own(_talks.FindById(recordId), t => t.BranchId)?.ToRecord());

    public ValueTask<IReadOnlyList<TalkRecord>> ListBetweenAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        // By the branch's index with the days as parameters: a lambda here was translated afresh on every call (about
        // 170 KB each, the largest part of the organisation overview's allocations) and walked every branch's talks.
        return ValueTask.FromResult(Newest(_talks.Find(BsonExpression.Create(
            "$.BranchId = @0 AND $.Day >= @1 AND $.Day <= @2", BranchId, from.DayNumber, to.DayNumber))));
    }

    public ValueTask<IReadOnlyList<TalkRecord>> ListInvolvingAsync(string memberId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Newest(_talks.Find(t => t.AuthorId == memberId).Concat(_talks.Find(t => t.OtherId == memberId))));

    public ValueTask<IReadOnlyList<TalkRecord>> ListAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(Newest(_talks.Find(Filter.Equal(nameof(TalkDocument.BranchId), BranchId))));

    public ValueTask ReplaceAssignmentsAsync(int year, IReadOnlyList<TalkAssignment> assignments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        _context.InTransaction(() =>
        {
            _assignments.DeleteMany(BsonExpression.Create("$.Year = @0 AND $.BranchId = @1", year, BranchId));
            _assignments.Insert(assignments.Select(a => AssignmentDocument.From(a, BranchId)));
        });
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<TalkAssignment>> ListAssignmentsAsync(int year, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<TalkAssignment>>([.. _assignments.Find(a => a.Year == year)
            .Where(a => a.BranchId == BranchId)
            .Select(a => a.ToAssignment())
            .OrderBy(a => a.DueDate)
            .ThenBy(a => a.Round)
            .ThenBy(a => a.FirstId, StringComparer.Ordinal)
            .ThenBy(a => a.SecondId, StringComparer.Ordinal)]);

    public ValueTask SaveRequestAsync(TalkRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        _guard.RefuseOther(_requests.FindById(request.Id)?.BranchId, request.Id);
        _requests.Upsert(TalkRequestDocument.From(request, BranchId));
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<TalkRequest>> ListRequestsToAsync(string memberId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<TalkRequest>>([.. _requests.Find(r => r.ToId == memberId)
            .Where(r => r.BranchId == BranchId)
            .Select(r => r.ToRequest())
            .OrderByDescending(r => r.RequestedAt)]);

    private IReadOnlyList<TalkRecord> Newest(IEnumerable<TalkDocument> documents) =>
        [.. documents.Where(d => d.BranchId == BranchId).DistinctBy(d => d.Id).Select(d => d.ToRecord()).OrderByDescending(r => r.Date).ThenByDescending(r => r.CreatedAt)];
}
