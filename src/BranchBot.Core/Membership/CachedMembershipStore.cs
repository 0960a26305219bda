using BranchBot.Core.Storage;
using Microsoft.Extensions.Options;

namespace BranchBot.Core.Membership;

/// <summary>
/// Keeps what most turns read about the branch in memory: the branch, the roster (by id and by chat account) and the
/// 党小组 (签到情况, 台账, meeting audiences and broadcasts read the whole roster, a few hundred milliseconds at
/// 10,000 members when read from the file every time). Writes through this process clear the cache at once; entries
/// also expire after a few seconds (DirectoryCacheSeconds; the roster is re-read in the background, so at most twice
/// that) so that changes made by another process on the same database file (the roster CLI) are seen soon. A read that
/// started before a write of this process is never kept after it. Where the database tells whether another process
/// wrote to it (<see cref="IOutsideWrites"/>: LiteDB's shared mode), an expired roster or 党小组 list that no other
/// process can have changed is renewed instead of read again: with hundreds of branches, each re-reading every few
/// seconds was a large part of every turn. The branch itself always expires (the organisation's tree, which names
/// it, is written by another store).
/// </summary>
public sealed class CachedMembershipStore(
    IMembershipStore inner, TimeProvider timeProvider, IOptions<MembershipOptions> options, IOutsideWrites? outsideWrites = null) : IMembershipStore, IDisposable
{
    private readonly IChangeNotices _notices = SingleInstanceChangeNotices.Instance;
    private readonly string _topic = string.Empty;
    private readonly IDisposable? _subscription;

    /// <summary>
    /// With several instances: each write is announced on <paramref name="topic"/> (and as a change to some branch's
    /// members, which the sender index listens for), and another instance's announcement drops what is held.
    /// </summary>
    public CachedMembershipStore(
        IMembershipStore inner, TimeProvider timeProvider, IOptions<MembershipOptions> options, IChangeNotices notices, string topic, IOutsideWrites? outsideWrites = null)
        : this(inner, timeProvider, options, outsideWrites)
    {
        ArgumentNullException.ThrowIfNull(notices);
        _notices = notices;
        _topic = topic;
        _subscription = notices.Subscribe(topic, Forget);
    }

    private Entry<Branch?>? _branch;
    private Entry<Roster>? _roster;
    private Entry<IReadOnlyList<PartyGroup>>? _groups;
    private readonly Lock _writing = new();
    private long _generation;
    private Task<Roster>? _rosterLoading;
    private long _rosterLoadingGeneration;

    public async ValueTask<Branch?> GetBranchAsync(CancellationToken cancellationToken)
    {
        var cached = _branch;
        if (cached is not null && IsFresh(cached))
        {
            return cached.Value;
        }

        var generation = Volatile.Read(ref _generation);
        var branch = await inner.GetBranchAsync(cancellationToken);
        Keep(ref _branch, new Entry<Branch?>(branch, timeProvider.GetUtcNow(), 0), generation);
        return branch;
    }

    /// <summary>From the cached roster: only active members have chat accounts.</summary>
    public async ValueTask<Member?> FindByChatAccountAsync(ChatAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        return (await RosterAsync(cancellationToken)).ByAccount.GetValueOrDefault(account.Key);
    }

    /// <summary>Active members from the cached roster; removed ones (not in it) from the store.</summary>
    public async ValueTask<Member?> GetMemberAsync(string memberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(memberId);
        var roster = await RosterAsync(cancellationToken);
        return roster.ById.TryGetValue(memberId, out var member) ? member : await inner.GetMemberAsync(memberId, cancellationToken);
    }

    public async ValueTask<IReadOnlyList<Member>> ListMembersAsync(CancellationToken cancellationToken) =>
        (await RosterAsync(cancellationToken)).Members;

    public async ValueTask<IReadOnlyList<Member>> ListCommitteeAsync(CancellationToken cancellationToken) =>
        (await RosterAsync(cancellationToken)).Committee;

    public async ValueTask<IReadOnlyList<PartyGroup>> ListGroupsAsync(CancellationToken cancellationToken)
    {
        var cached = _groups;
        if (cached is not null && (IsFresh(cached) || Renewed(ref _groups, cached)))
        {
            return cached.Value;
        }

        var generation = Volatile.Read(ref _generation);
        var mark = OutsideMark;
        var groups = await inner.ListGroupsAsync(cancellationToken);
        Keep(ref _groups, new Entry<IReadOnlyList<PartyGroup>>(groups, timeProvider.GetUtcNow(), mark), generation);
        return groups;
    }

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
            Forget();
        }

        await AnnounceAsync();
    }

    /// <summary>
    /// Drops what is held after this process wrote the branch's members another way (a transfer between branches), and
    /// tells the other instances on the same database to drop theirs.
    /// </summary>
    public async ValueTask ForgetEverywhereAsync()
    {
        Forget();
        await AnnounceAsync();
    }

    public void Dispose() => _subscription?.Dispose();

    private async ValueTask AnnounceAsync()
    {
        if (_topic.Length > 0)
        {
            await _notices.PublishAsync(_topic, CancellationToken.None);
            await _notices.PublishAsync(ChangeTopics.AnyMembers, CancellationToken.None);
        }
    }

    /// <summary>Drops what is held (this instance only; see <see cref="ForgetEverywhereAsync"/>).</summary>
    public void Forget()
    {
        lock (_writing)
        {
            _generation++;
            _branch = null;
            _roster = null;
            _groups = null;
        }
    }

    /// <summary>
    /// The roster: fresh from memory; when it is older than the cache time (but not twice that), still from memory
    /// while one read of the store runs in the background (a read of 10,000 members takes a while, and every turn
    /// needs the roster); after a write of this process, only once one read has finished.
    /// </summary>
    private async ValueTask<Roster> RosterAsync(CancellationToken cancellationToken)
    {
        var cached = _roster;
        if (cached is not null && (IsFresh(cached) || Renewed(ref _roster, cached)))
        {
            return cached.Value;
        }

        Task<Roster> loading;
        lock (_writing)
        {
            if (_rosterLoading is null || _rosterLoadingGeneration != _generation)
            {
                var generation = _generation;
                _rosterLoadingGeneration = generation;
                _rosterLoading = Task.Run(() => LoadRosterAsync(generation));
            }

            loading = _rosterLoading;
        }

        // A roster still held was read after this process's last write (a write drops it): only another process's
        // change can be missing. It answers while the read runs, unless it is older than twice the cache time (an
        // idle server's first turn after a CLI import waits for the read instead).
        return cached is not null && timeProvider.GetUtcNow() - cached.ReadAt < 2 * CacheTime
            ? cached.Value
            : await loading.WaitAsync(cancellationToken);
    }

    private async Task<Roster> LoadRosterAsync(long generation)
    {
        try
        {
            var mark = OutsideMark;
            var members = await inner.ListMembersAsync(CancellationToken.None);
            var byAccount = new Dictionary<string, Member>(StringComparer.OrdinalIgnoreCase); // as the store's index compares them
            foreach (var member in members)
            {
                foreach (var account in member.ChatAccounts)
                {
                    byAccount.TryAdd(account.Key, member);
                }
            }

            var roster = new Roster(
                members, [.. members.Where(m => m.IsCommittee)], members.ToDictionary(m => m.Id, StringComparer.Ordinal), byAccount);
            Keep(ref _roster, new Entry<Roster>(roster, timeProvider.GetUtcNow(), mark), generation);
            return roster;
        }
        finally
        {
            lock (_writing)
            {
                if (_rosterLoadingGeneration == generation)
                {
                    _rosterLoading = null;
                }
            }
        }
    }

    /// <summary>Keeps what was read unless this process wrote since the read began (the read may predate the write).</summary>
    private void Keep<T>(ref Entry<T>? slot, Entry<T> read, long generation)
    {
        lock (_writing)
        {
            if (_generation == generation)
            {
                Volatile.Write(ref slot, read);
            }
        }
    }

    /// <summary>
    /// Keeps an expired entry for another cache time when no other process has written to the database since it was
    /// read (looked at now); an entry dropped meanwhile by a write of this process stays dropped.
    /// </summary>
    private bool Renewed<T>(ref Entry<T>? slot, Entry<T> held)
    {
        if (outsideWrites is null || !outsideWrites.NoneSince(held.OutsideMark))
        {
            return false;
        }

        lock (_writing)
        {
            if (ReferenceEquals(slot, held))
            {
                Volatile.Write(ref slot, held with { ReadAt = timeProvider.GetUtcNow() });
            }
        }

        return true;
    }

    /// <summary>Taken before a read: the outside writes noticed so far (0 where they cannot be told).</summary>
    private long OutsideMark => outsideWrites?.Mark ?? 0;

    private TimeSpan CacheTime => TimeSpan.FromSeconds(options.Value.DirectoryCacheSeconds);

    private bool IsFresh<T>(Entry<T> entry) => timeProvider.GetUtcNow() - entry.ReadAt < CacheTime;

    /// <param name="OutsideMark">The outside writes noticed before the read (<see cref="IOutsideWrites.Mark"/>).</param>
    private sealed record Entry<T>(T Value, DateTimeOffset ReadAt, long OutsideMark);

    private sealed record Roster(
        IReadOnlyList<Member> Members, IReadOnlyList<Member> Committee, IReadOnlyDictionary<string, Member> ById,
        IReadOnlyDictionary<string, Member> ByAccount);
}
