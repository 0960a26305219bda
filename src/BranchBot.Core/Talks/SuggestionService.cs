using BranchBot.Core.Membership;
using BranchBot.Core.Security;
using BranchBot.Core.Time;

namespace BranchBot.Core.Talks;

/// <summary>
/// 匿名建议. The sender is deliberately not a parameter: nothing about who sent a suggestion can reach the store or
/// the logs through this class. Only the protected text and the branch-local date are kept.
/// </summary>
public sealed class SuggestionService(ISuggestionStore store, IMembershipStore members, IContentProtector protector, BranchClock clock)
{
    public const int MaxLength = 1000;

    public async Task<Outcome<SuggestionView, TalkProblem>> SubmitAnonymousAsync(string text, CancellationToken cancellationToken)
    {
        var clean = text?.Trim();
        if (string.IsNullOrEmpty(clean))
        {
            return new TalkProblem.SuggestionEmpty();
        }

        if (clean.Length > MaxLength)
        {
            return new TalkProblem.SuggestionTooLong(MaxLength);
        }

        var today = TalkAccess.Today(clock);
        await store.AddAsync(new AnonymousSuggestion(AnonymousSuggestion.NewId(), today, protector.Protect(clean)), cancellationToken);
        return Outcome<SuggestionView, TalkProblem>.Ok(new SuggestionView(today, clean));
    }

    /// <summary>Every suggestion, newest date first; the secretary only.</summary>
    public async Task<Outcome<IReadOnlyList<SuggestionView>, TalkProblem>> ListAsync(Member viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!TalkAccess.IsSecretary(await TalkAccess.CurrentAsync(members, viewer, cancellationToken)))
        {
            return new TalkProblem.SecretaryOnly();
        }

        var suggestions = await store.ListAsync(cancellationToken);
        return Outcome<IReadOnlyList<SuggestionView>, TalkProblem>.Ok([.. suggestions.Select(s => new SuggestionView(s.Date, protector.Unprotect(s.ProtectedText)))]);
    }
}
