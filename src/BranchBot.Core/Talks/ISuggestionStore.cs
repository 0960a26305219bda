namespace BranchBot.Core.Talks;

/// <summary>匿名建议. Implementations must not log anything about a suggestion.</summary>
public interface ISuggestionStore
{
    ValueTask AddAsync(AnonymousSuggestion suggestion, CancellationToken cancellationToken);

    /// <summary>Every suggestion, newest date first; within a day the order carries no meaning.</summary>
    ValueTask<IReadOnlyList<AnonymousSuggestion>> ListAsync(CancellationToken cancellationToken);
}
