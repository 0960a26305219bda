using BranchBot.Core.Knowledge.Feedback;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Knowledge;

public sealed class LiteDbAnswerLogStore : INumberedAnswerLogStore
{
    private readonly ILiteCollection<AnswerLogDocument> _log;
    private readonly ILiteCollection<AnswerFeedbackDocument> _feedback;

    public LiteDbAnswerLogStore(LiteDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _log = context.Collection<AnswerLogDocument>(LiteDbCollections.KnowledgeAnswerLog);
        _feedback = context.Collection<AnswerFeedbackDocument>(LiteDbCollections.KnowledgeFeedback);
        _log.EnsureIndex(e => e.AskerId);
        _log.EnsureIndex(e => e.Failed);
    }

    public ValueTask<AnswerLogEntry> AddAsync(AnswerLogEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var document = AnswerLogDocument.From(entry with { Id = 0 });
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

        _log.Insert(entries.Select(AnswerLogDocument.From));
        return ValueTask.CompletedTask;
    }

    public ValueTask<AnswerLogEntry?> GetAsync(int id, CancellationToken cancellationToken) =>
        ValueTask.FromResult(id <= 0 ? null : _log.FindById(id)?.ToEntry());

    public ValueTask<IReadOnlyList<AnswerLogEntry>> ListRecentAsync(int count, string? askerId, bool? failed, CancellationToken cancellationToken)
    {
        var query = _log.Query();
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
        var failed = _log.Count(e => e.Failed);
        return ValueTask.FromResult((_log.Count() - failed, failed));
    }

    public ValueTask SaveFeedbackAsync(AnswerFeedback feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        _feedback.Upsert(AnswerFeedbackDocument.From(feedback));
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<AnswerFeedback>> ListFeedbackAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<AnswerFeedback>>([.. _feedback.FindAll().Select(f => f.ToFeedback())]);
}
