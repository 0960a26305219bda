namespace BranchBot.Core.Knowledge.Feedback;

/// <summary>
/// Every question one branch's members put to the knowledge base, and the 有用/没用 clicks on the answers. An entry's
/// id is an opaque number unique in the whole organisation (the #id in buttons); another branch's id is not found.
/// </summary>
public interface IAnswerLogStore
{
    /// <summary>Stores the entry and returns it with its new number.</summary>
    ValueTask<AnswerLogEntry> AddAsync(AnswerLogEntry entry, CancellationToken cancellationToken);

    ValueTask<AnswerLogEntry?> GetAsync(int id, CancellationToken cancellationToken);

    /// <summary>
    /// The latest entries, newest first; only one member's when <paramref name="askerId"/> is given, and only failed
    /// (or only answered) ones when <paramref name="failed"/> is given.
    /// </summary>
    ValueTask<IReadOnlyList<AnswerLogEntry>> ListRecentAsync(int count, string? askerId, bool? failed, CancellationToken cancellationToken);

    /// <summary>How many questions were answered and how many failed, over the whole log.</summary>
    ValueTask<(int Answered, int Failed)> CountAsync(CancellationToken cancellationToken);

    /// <summary>Adds the feedback, replacing the same member's earlier feedback on the same answer.</summary>
    ValueTask SaveFeedbackAsync(AnswerFeedback feedback, CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<AnswerFeedback>> ListFeedbackAsync(CancellationToken cancellationToken);
}

/// <summary>A store that also takes entries numbered elsewhere, many at once: what <see cref="BufferedAnswerLogStore"/> writes to.</summary>
public interface INumberedAnswerLogStore : IAnswerLogStore
{
    /// <summary>Stores entries that already carry their numbers, in one write.</summary>
    ValueTask AddNumberedAsync(IReadOnlyList<AnswerLogEntry> entries, CancellationToken cancellationToken);

    /// <summary>The highest id given so far in the whole log (every branch's entries: ids are organisation-wide); 0 when empty.</summary>
    ValueTask<int> LastIdAsync(CancellationToken cancellationToken);
}
