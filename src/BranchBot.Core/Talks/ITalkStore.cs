namespace BranchBot.Core.Talks;

/// <summary>Talk records and the yearly talk assignments (谈心安排).</summary>
public interface ITalkStore
{
    ValueTask SaveAsync(TalkRecord record, CancellationToken cancellationToken);

    ValueTask<TalkRecord?> GetAsync(string recordId, CancellationToken cancellationToken);

    /// <summary>Records dated in [from, to], newest first.</summary>
    ValueTask<IReadOnlyList<TalkRecord>> ListBetweenAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>Records the member took part in (either side), newest first.</summary>
    ValueTask<IReadOnlyList<TalkRecord>> ListInvolvingAsync(string memberId, CancellationToken cancellationToken);

    /// <summary>Every record, newest first.</summary>
    ValueTask<IReadOnlyList<TalkRecord>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the year's assignments with a new plan, in one transaction.</summary>
    ValueTask ReplaceAssignmentsAsync(int year, IReadOnlyList<TalkAssignment> assignments, CancellationToken cancellationToken);

    /// <summary>The year's assignments, earliest due first.</summary>
    ValueTask<IReadOnlyList<TalkAssignment>> ListAssignmentsAsync(int year, CancellationToken cancellationToken);

    ValueTask SaveRequestAsync(TalkRequest request, CancellationToken cancellationToken);

    /// <summary>The 谈心请求 made to the member, newest first.</summary>
    ValueTask<IReadOnlyList<TalkRequest>> ListRequestsToAsync(string memberId, CancellationToken cancellationToken);
}
