using BranchBot.Core.Talks;
using BranchBot.Core.Organisation;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Talks;

/// <summary>One branch's 匿名建议. Logs nothing, on purpose.</summary>
public sealed class LiteDbSuggestionStore : ISuggestionStore
{
    private readonly ILiteCollection<SuggestionDocument> _suggestions;
    private readonly string _branchId;

    public LiteDbSuggestionStore(LiteDbContext context, BranchContext branch)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(branch);
        _branchId = branch.Id;
        _suggestions = context.Collection<SuggestionDocument>(LiteDbCollections.Suggestions);
    }

    public ValueTask AddAsync(AnonymousSuggestion suggestion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        _suggestions.Insert(SuggestionDocument.From(suggestion, _branchId));
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<AnonymousSuggestion>> ListAsync(CancellationToken cancellationToken) =>
        // Ordered by date, then by the random id, so the order within a day says nothing about who came first.
        ValueTask.FromResult<IReadOnlyList<AnonymousSuggestion>>([.. _suggestions.Find(Filter.Equal(nameof(SuggestionDocument.BranchId), _branchId))
            .Select(s => s.ToSuggestion())
            .OrderByDescending(s => s.Date)
            .ThenBy(s => s.Id, StringComparer.Ordinal)]);
}
