namespace BranchBot.Core.Knowledge.Questions;

/// <summary>The secretary's queue of questions passed on by members.</summary>
public interface IPendingQuestionStore
{
    /// <summary>Stores the question and returns it with its new number.</summary>
    ValueTask<PendingQuestion> AddAsync(PendingQuestion question, CancellationToken cancellationToken);

    ValueTask<PendingQuestion?> GetAsync(int number, CancellationToken cancellationToken);

    ValueTask UpdateAsync(PendingQuestion question, CancellationToken cancellationToken);

    /// <summary>Every question, oldest first.</summary>
    ValueTask<IReadOnlyList<PendingQuestion>> ListAsync(CancellationToken cancellationToken);
}
