using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace BranchBot.Core.Membership;

/// <summary>
/// Keeps the two lookups every message makes (the branch, and the member behind a chat account) in memory.
/// Writes through this process clear the cache at once; entries also expire after a few seconds so that changes
/// made by another process on the same database file (the roster CLI) are seen soon.
/// </summary>
public sealed class CachedMembershipStore(IMembershipStore inner, TimeProvider timeProvider, IOptions<MembershipOptions> options) : IMembershipStore
{
    private const int MaxEntries = 50_000;
    private readonly ConcurrentDictionary<string, Entry<Member?>> _byAccount = new(StringComparer.Ordinal);
    private Entry<Branch?>? _branch;

    public async ValueTask<Branch?> GetBranchAsync(CancellationToken cancellationToken)
    {
        var cached = _branch;
        if (cached is not null && IsFresh(cached))
        {
            return cached.Value;
        }

        var branch = await inner.GetBranchAsync(cancellationToken);
        _branch = new Entry<Branch?>(branch, timeProvider.GetUtcNow());
        return branch;
    }

    public async ValueTask<Member?> FindByChatAccountAsync(ChatAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (_byAccount.TryGetValue(account.Key, out var cached) && IsFresh(cached))
        {
            return cached.Value;
        }

        var member = await inner.FindByChatAccountAsync(account, cancellationToken);
        if (_byAccount.Count >= MaxEntries)
        {
            _byAccount.Clear();
        }

        _byAccount[account.Key] = new Entry<Member?>(member, timeProvider.GetUtcNow());
        return member;
    }

    public ValueTask<Member?> GetMemberAsync(string memberId, CancellationToken cancellationToken) => inner.GetMemberAsync(memberId, cancellationToken);

    public ValueTask<IReadOnlyList<Member>> ListMembersAsync(CancellationToken cancellationToken) => inner.ListMembersAsync(cancellationToken);

    public ValueTask<IReadOnlyList<PartyGroup>> ListGroupsAsync(CancellationToken cancellationToken) => inner.ListGroupsAsync(cancellationToken);

    public ValueTask<Invite?> GetInviteAsync(string codeHash, CancellationToken cancellationToken) => inner.GetInviteAsync(codeHash, cancellationToken);

    public ValueTask<IReadOnlyList<Invite>> ListInvitesAsync(CancellationToken cancellationToken) => inner.ListInvitesAsync(cancellationToken);

    public async ValueTask ApplyAsync(MembershipChange change, CancellationToken cancellationToken)
    {
        try
        {
            await inner.ApplyAsync(change, cancellationToken);
        }
        finally
        {
            _branch = null;
            _byAccount.Clear();
        }
    }

    private bool IsFresh<T>(Entry<T> entry) =>
        timeProvider.GetUtcNow() - entry.ReadAt < TimeSpan.FromSeconds(options.Value.DirectoryCacheSeconds);

    private sealed record Entry<T>(T Value, DateTimeOffset ReadAt);
}
