using BranchBot.Core.Membership;

namespace BranchBot.Core.Organisation;

/// <summary>
/// Which branch a chat account or a member belongs to, across the organisation: read once from the database and
/// kept in memory, read again only after this process wrote members (<see cref="MembershipChanges"/>), so a turn's
/// look-up is a dictionary read.
/// </summary>
public sealed class SenderBranchIndex(IMemberDirectory directory, MembershipChanges changes) : IDisposable
{
    private readonly SemaphoreSlim _reload = new(1, 1);
    private volatile Loaded? _loaded;

    /// <summary>The branch of the active member bound to the account; null for someone not bound anywhere.</summary>
    public async ValueTask<string?> BranchOfAccountAsync(ChatAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var branches = await CurrentAsync(cancellationToken);
        return branches.ByAccountKey.TryGetValue(account.Key, out var branch) ? branch : null;
    }

    public async ValueTask<string?> BranchOfMemberAsync(string memberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(memberId);
        var branches = await CurrentAsync(cancellationToken);
        return branches.ByMemberId.TryGetValue(memberId, out var branch) ? branch : null;
    }

    public void Dispose() => _reload.Dispose();

    private ValueTask<MemberBranches> CurrentAsync(CancellationToken cancellationToken)
    {
        var loaded = _loaded;
        return loaded is not null && loaded.Version == changes.Version ? ValueTask.FromResult(loaded.Branches) : ReloadAsync(cancellationToken);
    }

    private async ValueTask<MemberBranches> ReloadAsync(CancellationToken cancellationToken)
    {
        await _reload.WaitAsync(cancellationToken);
        try
        {
            // The version is taken before reading: a write during the read makes the next look-up read again.
            var version = changes.Version;
            if (_loaded is { } loaded && loaded.Version == version)
            {
                return loaded.Branches;
            }

            var branches = await directory.LoadAsync(cancellationToken);
            _loaded = new Loaded(version, branches);
            return branches;
        }
        finally
        {
            _reload.Release();
        }
    }

    private sealed record Loaded(long Version, MemberBranches Branches);
}
