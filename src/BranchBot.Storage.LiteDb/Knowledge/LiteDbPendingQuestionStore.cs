using BranchBot.Core.Knowledge.Questions;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Knowledge;

public sealed class LiteDbPendingQuestionStore : IPendingQuestionStore
{
    private readonly ILiteCollection<PendingQuestionDocument> _questions;

    public LiteDbPendingQuestionStore(LiteDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _questions = context.Collection<PendingQuestionDocument>(LiteDbCollections.PendingQuestions);
        _questions.EnsureIndex(q => q.State);
    }

    public ValueTask<PendingQuestion> AddAsync(PendingQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var document = PendingQuestionDocument.From(question with { Number = 0 });
        _questions.Insert(document);
        return ValueTask.FromResult(document.ToQuestion());
    }

    public ValueTask<PendingQuestion?> GetAsync(int number, CancellationToken cancellationToken) =>
        ValueTask.FromResult(number <= 0 ? null : _questions.FindById(number)?.ToQuestion());

    public ValueTask UpdateAsync(PendingQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        _questions.Update(PendingQuestionDocument.From(question));
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<PendingQuestion>> ListAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<PendingQuestion>>([.. _questions.FindAll().OrderBy(q => q.Id).Select(q => q.ToQuestion())]);
}
