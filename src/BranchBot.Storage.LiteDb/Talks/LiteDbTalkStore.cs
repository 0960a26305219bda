using BranchBot.Core.Talks;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Talks;

public sealed class LiteDbTalkStore : ITalkStore
{
    private readonly LiteDbContext _context;
    private readonly ILiteCollection<TalkDocument> _talks;
    private readonly ILiteCollection<AssignmentDocument> _assignments;

    public LiteDbTalkStore(LiteDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _talks = context.Collection<TalkDocument>(LiteDbCollections.Talks);
        _assignments = context.Collection<AssignmentDocument>(LiteDbCollections.TalkAssignments);
        _talks.EnsureIndex(t => t.Day);
        _talks.EnsureIndex(t => t.AuthorId);
        _talks.EnsureIndex(t => t.OtherId);
        _assignments.EnsureIndex(a => a.Year);
    }

    public ValueTask SaveAsync(TalkRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        _talks.Upsert(TalkDocument.From(record));
        return ValueTask.CompletedTask;
    }

    public ValueTask<TalkRecord?> GetAsync(string recordId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_talks.FindById(recordId)?.ToRecord());

    public ValueTask<IReadOnlyList<TalkRecord>> ListBetweenAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var (start, end) = (from.DayNumber, to.DayNumber);
        return ValueTask.FromResult(Newest(_talks.Find(t => t.Day >= start && t.Day <= end)));
    }

    public ValueTask<IReadOnlyList<TalkRecord>> ListInvolvingAsync(string memberId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Newest(_talks.Find(t => t.AuthorId == memberId).Concat(_talks.Find(t => t.OtherId == memberId))));

    public ValueTask<IReadOnlyList<TalkRecord>> ListAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(Newest(_talks.FindAll()));

    public ValueTask ReplaceAssignmentsAsync(int year, IReadOnlyList<TalkAssignment> assignments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        _context.InTransaction(() =>
        {
            _assignments.DeleteMany(a => a.Year == year);
            _assignments.Insert(assignments.Select(AssignmentDocument.From));
        });
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<TalkAssignment>> ListAssignmentsAsync(int year, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<TalkAssignment>>([.. _assignments.Find(a => a.Year == year)
            .Select(a => a.ToAssignment())
            .OrderBy(a => a.DueDate)
            .ThenBy(a => a.Round)
            .ThenBy(a => a.FirstId, StringComparer.Ordinal)
            .ThenBy(a => a.SecondId, StringComparer.Ordinal)]);

    private static IReadOnlyList<TalkRecord> Newest(IEnumerable<TalkDocument> documents) =>
        [.. documents.DistinctBy(d => d.Id).Select(d => d.ToRecord()).OrderByDescending(r => r.Date).ThenByDescending(r => r.CreatedAt)];
}
