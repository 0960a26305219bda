using BranchBot.Core.Knowledge.Feedback;
using BranchBot.Core.Organisation;
using BranchBot.Storage.LiteDb.Organisation;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Knowledge;

/// <summary>
/// One branch's answer log and feedback. Entry ids are one sequence for the whole organisation (LiteDB's, or the
/// buffered store's from <see cref="LastIdAsync"/>), opaque to members; every document carries the branch, and every
/// read and count checks it, so another branch's entry is not found and its feedback never written over.
/// </summary>
public sealed class LiteDbAnswerLogStore : INumberedAnswerLogStore
{
    private readonly BranchGuard _guard;
    private readonly ILiteCollection<AnswerLogDocument> _log;
    private readonly ILiteCollection<AnswerFeedbackDocument> _feedback;

    /// <summary>The store of the database's only branch (created with its organisation on a new database).</summary>
    public LiteDbAnswerLogStore(LiteDbContext context)
        : this(context, LiteDbOrganisationStore.PrimaryBranchOf(context))
    {
    }

    public LiteDbAnswerLogStore(LiteDbContext context, BranchContext branch)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(branch);
        _guard = new BranchGuard(branch.Id);
        _log = context.Collection<AnswerLogDocument>(LiteDbCollections.KnowledgeAnswerLog);
        _feedback = context.Collection<AnswerFeedbackDocument>(LiteDbCollections.KnowledgeFeedback);
        context.IndexOnce(nameof(LiteDbAnswerLogStore), () =>
        {
            _log.EnsureIndex(e => e.AskerId);
            _log.EnsureIndex(e => e.Failed);
            _log.EnsureIndex(e => e.BranchId);
            _feedback.EnsureIndex(f => f.BranchId);
        });
    }

    private string BranchId => _guard.BranchId;

    public ValueTask<AnswerLogEntry> AddAsync(AnswerLogEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var document = AnswerLogDocument.From(entry with { Id = 0 }, BranchId);
        _log.Insert(document);
        return ValueTask.FromResult(document.ToEntry());
    }

    public ValueTask AddNumberedAsync(IReadOnlyList<AnswerLogEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Any(e => e.Id <= 0))
        {
            throw new ArgumentException("Every entry needs its number.", nameof(entries));
        }

        _log.Insert(entries.Select(e => AnswerLogDocument.From(e, BranchId)));
        return ValueTask.CompletedTask;
    }

    public ValueTask<int> LastIdAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(_log.Count() == 0 ? 0 : _log.Max(e => e.Id));

    public ValueTask<AnswerLogEntry?> GetAsync(int id, CancellationToken cancellationToken) =>
        ValueTask.FromResult(id <= 0 ? null : _guard.Own(_log.FindById(id), e => e.BranchId)?.ToEntry());

    public ValueTask<IReadOnlyList<AnswerLogEntry>> ListRecentAsync(int count, string? askerId, bool? failed, CancellationToken cancellationToken)
    {
        var query = _log.Query().Where(Filter.Equal(nameof(AnswerLogDocument.BranchId), BranchId));
        if (askerId is not null)
        {
            query = query.Where(e => e.AskerId == askerId);
        }

        if (failed is { } wanted)
        {
            query = query.Where(e => e.Failed == wanted);
        }

        return ValueTask.FromResult<IReadOnlyList<AnswerLogEntry>>([.. query.OrderByDescending(e => e.Id).Limit(count).ToEnumerable().Select(e => e.ToEntry())]);
    }

    public ValueTask<(int Answered, int Failed)> CountAsync(CancellationToken cancellationToken)
    {
        var all = _log.Count(Filter.Equal(nameof(AnswerLogDocument.BranchId), BranchId));
        var failed = _log.Query().Where(Filter.Equal(nameof(AnswerLogDocument.BranchId), BranchId)).Where(e => e.Failed).Count();
        return ValueTask.FromResult((all - failed, failed));
    }

    public ValueTask SaveFeedbackAsync(AnswerFeedback feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        var document = AnswerFeedbackDocument.From(feedback, BranchId);
        _guard.RefuseOther(_log.FindById(feedback.AnswerLogId)?.BranchId, $"#{feedback.AnswerLogId}");
        _guard.RefuseOther(_feedback.FindById(document.Id)?.BranchId, document.Id);
        _feedback.Upsert(document);
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<AnswerFeedback>> ListFeedbackAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<AnswerFeedback>>([.. _feedback.Find(Filter.Equal(nameof(AnswerFeedbackDocument.BranchId), BranchId)).Select(f => f.ToFeedback())]);
}
