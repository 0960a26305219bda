using BranchBot.Core.Knowledge.Questions;
using BranchBot.Core.Organisation;
using BranchBot.Storage.LiteDb.Organisation;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Knowledge;

/// <summary>
/// One branch's 待答 queue, numbered per branch: a question is stored under "{branch}:{number}", the next number after
/// the branch's highest, and the id's uniqueness (not a lock) keeps two questions from sharing one. Another branch's
/// questions are never returned and never written over.
/// </summary>
public sealed class LiteDbPendingQuestionStore : IPendingQuestionStore
{
    private readonly BranchGuard _guard;
    private readonly ILiteCollection<PendingQuestionDocument> _questions;

    /// <summary>The store of the database's only branch (created with its organisation on a new database).</summary>
    public LiteDbPendingQuestionStore(LiteDbContext context)
        : this(context, LiteDbOrganisationStore.PrimaryBranchOf(context))
    {
    }

    public LiteDbPendingQuestionStore(LiteDbContext context, BranchContext branch)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(branch);
        _guard = new BranchGuard(branch.Id);
        _questions = context.Collection<PendingQuestionDocument>(LiteDbCollections.PendingQuestions);
        context.IndexOnce(nameof(LiteDbPendingQuestionStore), () =>
        {
            _questions.EnsureIndex(q => q.State);
            _questions.EnsureIndex(q => q.BranchId);
        });
    }

    private string BranchId => _guard.BranchId;

    public ValueTask<PendingQuestion> AddAsync(PendingQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        while (true)
        {
            var document = PendingQuestionDocument.From(question with { Number = LastNumber() + 1 }, BranchId);
            try
            {
                _questions.Insert(document);
                return ValueTask.FromResult(document.ToQuestion());
            }
            catch (LiteException exception) when (exception.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
            {
                // Another writer took the number between the read and the insert: take the next one.
            }
        }
    }

    public ValueTask<PendingQuestion?> GetAsync(int number, CancellationToken cancellationToken) =>
        ValueTask.FromResult(number <= 0 ? null : _guard.Own(_questions.FindById(PendingQuestionDocument.IdOf(BranchId, number)), q => q.BranchId)?.ToQuestion());

    public ValueTask UpdateAsync(PendingQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var document = PendingQuestionDocument.From(question, BranchId);
        _guard.RefuseOther(_questions.FindById(document.Id)?.BranchId, document.Id);
        _questions.Update(document);
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<PendingQuestion>> ListAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<PendingQuestion>>([.. Own().OrderBy(q => q.Number).Select(q => q.ToQuestion())]);

    private int LastNumber() => Own().Select(q => q.Number).DefaultIfEmpty(0).Max();

    private IEnumerable<PendingQuestionDocument> Own() => _questions.Find(Filter.Equal(nameof(PendingQuestionDocument.BranchId), BranchId));
}
