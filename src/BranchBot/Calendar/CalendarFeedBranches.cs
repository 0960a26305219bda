using BranchBot.Core.Calendar;
using BranchBot.Core.Organisation;
using BranchBot.Core.Security;

namespace BranchBot.Calendar;

/// <summary>
/// Which branch's feed a calendar link opens: the branch of the member the token belongs to (tokens are kept for
/// the whole organisation, each naming its member). While the organisation has one branch this is the root's, with
/// no look-up.
/// </summary>
public sealed class CalendarFeedBranches(ICalendarTokenStore tokens, SecretCodeHasher hasher, SenderBranchIndex index, IBranchScopes scopes)
{
    /// <summary>The services of the token's member's branch; the first branch's for a token that names nobody (its feed then answers 404).</summary>
    public async Task<IServiceProvider> ServicesForAsync(string? token, CancellationToken cancellationToken)
    {
        var primary = scopes.For(scopes.PrimaryBranchId);
        if (scopes.ServesOnlyPrimary || !CalendarTokens.IsWellFormed(token))
        {
            return primary;
        }

        var stored = await tokens.FindAsync(hasher.Hash(CalendarTokens.HashPurpose, token!), cancellationToken);
        return stored is not null && await index.BranchOfMemberAsync(stored.MemberId, cancellationToken) is { } branch
            ? scopes.For(branch)
            : primary;
    }
}
