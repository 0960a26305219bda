using BranchBot.Core.Membership;
using BranchBot.Core.Security;

namespace BranchBot.Core.Calendar;

/// <summary>
/// Each member's private calendar feed link: created on first request, replaced on reset, and honoured only
/// while the member is active. Writes are serialised so two quick requests cannot hand out a link that the
/// second one has already replaced.
/// </summary>
public sealed class CalendarLinkService(
    ICalendarTokenStore tokens,
    IMembershipStore members,
    SecretCodeHasher hasher,
    TimeProvider timeProvider,
    IPublicBaseUrl publicBaseUrl) : IDisposable
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    /// <summary>
    /// The member's new feed link, or null when they already have one: only its hash is stored, so an existing link
    /// cannot be shown again (a reset issues a new one).
    /// </summary>
    public async Task<string?> NewLinkUnlessIssuedAsync(Member member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var existing = await tokens.GetForMemberAsync(member.Id, cancellationToken);
            return existing is null ? FeedUrl(await IssueAsync(member.Id, cancellationToken)) : null;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Replaces the member's token: the old link stops working at once.</summary>
    public async Task<string> ResetAsync(Member member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            return FeedUrl(await IssueAsync(member.Id, cancellationToken));
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>The active member whose feed the token opens; null for an unknown, revoked or removed member's token.</summary>
    public async Task<Member?> FindSubscriberAsync(string? token, CancellationToken cancellationToken)
    {
        if (!CalendarTokens.IsWellFormed(token))
        {
            return null;
        }

        var hash = hasher.Hash(CalendarTokens.HashPurpose, token!);
        var stored = await tokens.FindAsync(hash, cancellationToken);
        if (stored is null || !string.Equals(stored.TokenHash, hash, StringComparison.Ordinal))
        {
            return null;
        }

        var member = await members.GetMemberAsync(stored.MemberId, cancellationToken);
        return member is { IsActive: true } ? member : null;
    }

    public string FeedUrl(string token) => $"{publicBaseUrl.Get()}/calendar/{token}.ics";

    public void Dispose() => _writeLock.Dispose();

    private async Task<string> IssueAsync(string memberId, CancellationToken cancellationToken)
    {
        var token = CalendarTokens.NewToken();
        await tokens.SaveAsync(new CalendarToken(memberId, hasher.Hash(CalendarTokens.HashPurpose, token), timeProvider.GetUtcNow()), cancellationToken);
        return token;
    }
}
