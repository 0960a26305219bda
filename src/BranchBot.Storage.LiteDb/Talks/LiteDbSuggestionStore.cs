using BranchBot.Core.Talks;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Talks;

/// <summary>匿名建议. Logs nothing, on purpose.</summary>
public sealed class LiteDbSuggestionStore : ISuggestionStore
{
    private readonly ILiteCollection<SuggestionDocument> _suggestions;

    public LiteDbSuggestionStore(LiteDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _suggestions = context.Collection<SuggestionDocument>(LiteDbCollections.Suggestions);
    }

    public ValueTask AddAsync(AnonymousSuggestion suggestion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        _suggestions.Insert(SuggestionDocument.From(suggestion));
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<AnonymousSuggestion>> ListAsync(CancellationToken cancellationToken) =>
        // Ordered by date, then by the random id, so the order within a day says nothing about who came first.
        ValueTask.FromResult<IReadOnlyList<AnonymousSuggestion>>([.. _suggestions.FindAll()
            .Select(s => s.ToSuggestion())
            .OrderByDescending(s => s.Date)
            .ThenBy(s => s.Id, StringComparer.Ordinal)]);
}
