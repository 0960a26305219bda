using System.Collections.Concurrent;
using BranchBot.Core.Storage;

namespace BranchBot.Core.Broadcasts;

/// <summary>
/// Keeps what a member's 收到, 回复 or "好的" looks up in memory: the latest broadcasts (each carries its recipient list,
/// thousands of ids in a large branch) and, per broadcast, who has acknowledged it, so a repeated 收到 is answered
/// without a write. This process is the only writer of broadcasts and acknowledgements (chat, console, plans; the
/// CLI verbs never write them); a save re-reads the latest broadcasts on the next use. Replies and the full
/// acknowledgement lists (reports) go straight to the store. It wraps one branch's store, so its numbers are that
/// branch's: each branch has its own cache. With several instances a saved broadcast is announced and another
/// instance's announcement drops the latest broadcasts and the 收到 held (a 收到 itself is not announced: the store's
/// unique key keeps a second one out whichever instance receives it).
/// </summary>
public sealed class CachedBroadcastStore(IBroadcastStore inner) : IBroadcastStore, IDisposable
{
    private readonly IChangeNotices _notices = SingleInstanceChangeNotices.Instance;
    private readonly string _topic = string.Empty;
    private readonly IDisposable? _subscription;

    public CachedBroadcastStore(IBroadcastStore inner, IChangeNotices notices, string topic)
        : this(inner)
    {
        ArgumentNullException.ThrowIfNull(notices);
        _notices = notices;
        _topic = topic;
        _subscription = notices.Subscribe(topic, Forget);
    }

    public void Dispose() => _subscription?.Dispose();

    /// <summary>How many of the latest broadcasts are kept; a longer list is read from the store.</summary>
    public const int RecentKept = 64;

    private const int AcknowledgedKept = 64;
    private readonly Lock _saving = new();
    private readonly ConcurrentDictionary<int, Acknowledged> _acknowledged = new();
    private IReadOnlyList<Broadcast>? _recent;
    private long _generation;

    public async ValueTask<Broadcast?> GetAsync(int number, CancellationToken cancellationToken) =>
        (await RecentAsync(cancellationToken)).FirstOrDefault(b => b.Number == number) ?? await inner.GetAsync(number, cancellationToken);

    public ValueTask<int> LastNumberAsync(CancellationToken cancellationToken) => inner.LastNumberAsync(cancellationToken);

    public string BatchBaseOf(int number) => inner.BatchBaseOf(number);

    public async ValueTask<IReadOnlyList<Broadcast>> ListRecentAsync(int max, CancellationToken cancellationToken)
    {
        if (max > RecentKept)
        {
            return await inner.ListRecentAsync(max, cancellationToken);
        }

        var recent = await RecentAsync(cancellationToken);
        return recent.Count <= max ? recent : [.. recent.Take(Math.Max(0, max))];
    }

    public async ValueTask SaveAsync(Broadcast broadcast, CancellationToken cancellationToken)
    {
        try
        {
            await inner.SaveAsync(broadcast, cancellationToken);
        }
        finally
        {
            lock (_saving)
            {
                _generation++;
                _recent = null;
            }
        }

        if (_topic.Length > 0)
        {
            await _notices.PublishAsync(_topic, CancellationToken.None);
        }
    }

    private void Forget()
    {
        lock (_saving)
        {
            _generation++;
            _recent = null;
        }

        _acknowledged.Clear();
    }

    public ValueTask<Broadcast?> FindBySourceKeyAsync(string sourceKey, CancellationToken cancellationToken) => inner.FindBySourceKeyAsync(sourceKey, cancellationToken);

    public async ValueTask<bool> TryAddAcknowledgementAsync(BroadcastAcknowledgement acknowledgement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(acknowledgement);
        var acknowledged = await AcknowledgedAsync(acknowledgement.BroadcastNumber, cancellationToken);
        if (acknowledged.Contains(acknowledgement.MemberId))
        {
            return false;
        }

        var added = await inner.TryAddAcknowledgementAsync(acknowledgement, cancellationToken);
        acknowledged.Add(acknowledgement.MemberId);
        return added;
    }

    public async ValueTask<bool> HasAcknowledgedAsync(int broadcastNumber, string memberId, CancellationToken cancellationToken) =>
        (await AcknowledgedAsync(broadcastNumber, cancellationToken)).Contains(memberId);

    public ValueTask<IReadOnlyList<BroadcastAcknowledgement>> ListAcknowledgementsAsync(int broadcastNumber, CancellationToken cancellationToken) =>
        inner.ListAcknowledgementsAsync(broadcastNumber, cancellationToken);

    public ValueTask SaveReplyAsync(BroadcastReply reply, CancellationToken cancellationToken) => inner.SaveReplyAsync(reply, cancellationToken);

    public ValueTask<IReadOnlyList<BroadcastReply>> ListRepliesAsync(int broadcastNumber, CancellationToken cancellationToken) =>
        inner.ListRepliesAsync(broadcastNumber, cancellationToken);

    private async ValueTask<IReadOnlyList<Broadcast>> RecentAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _recent) is { } recent)
        {
            return recent;
        }

        var generation = Interlocked.Read(ref _generation);
        var read = await inner.ListRecentAsync(RecentKept, cancellationToken);
        lock (_saving)
        {
            // A save that finished while this read ran may be missing from it: keep it only when none did.
            if (_generation == generation)
            {
                _recent = read;
            }
        }

        return read;
    }

    private async ValueTask<Acknowledged> AcknowledgedAsync(int number, CancellationToken cancellationToken)
    {
        if (_acknowledged.TryGetValue(number, out var kept))
        {
            return kept;
        }

        if (_acknowledged.Count >= AcknowledgedKept)
        {
            _acknowledged.Clear();
        }

        // Added before the read: an acknowledgement stored meanwhile is added to it and not lost when the read lands.
        var added = _acknowledged.GetOrAdd(number, static _ => new Acknowledged());
        await added.LoadOnceAsync(async () => (await inner.ListAcknowledgementsAsync(number, cancellationToken)).Select(a => a.MemberId));
        return added;
    }

    /// <summary>Who acknowledged one broadcast: read from the store once, then added to by this process.</summary>
    private sealed class Acknowledged
    {
        private readonly HashSet<string> _members = new(StringComparer.Ordinal);
        private readonly SemaphoreSlim _loading = new(1, 1);
        private volatile bool _loaded;

        public async Task LoadOnceAsync(Func<Task<IEnumerable<string>>> read)
        {
            if (_loaded)
            {
                return;
            }

            await _loading.WaitAsync();
            try
            {
                if (!_loaded)
                {
                    var members = await read();
                    lock (_members)
                    {
                        _members.UnionWith(members);
                    }

                    _loaded = true;
                }
            }
            finally
            {
                _loading.Release();
            }
        }

        public bool Contains(string memberId)
        {
            lock (_members)
            {
                return _members.Contains(memberId);
            }
        }

        public void Add(string memberId)
        {
            lock (_members)
            {
                _members.Add(memberId);
            }
        }
    }
}
