using System.Collections.Concurrent;
using BranchBot.Core.Storage;

namespace BranchBot.Core.Conversations;

/// <summary>
/// Keeps every chat address in memory: a broadcast to thousands reads one address per recipient, and a database read
/// each (a file open each in LiteDB's shared mode) was the largest cost of a send. The whole set is read once, on
/// first use; saves go to the store first and then to memory, so a changed route is used by the very next send.
/// This process is the only writer of addresses (<c>ChatAddressTracker</c>, from incoming activities), so the copy
/// cannot go stale; an address missing here is still looked up in the store, so one written by another process is
/// found too. Removing a member needs nothing here: senders check membership before they look up an address. With
/// several instances a saved address is announced, and another instance's announcement drops the whole set (routes
/// change seldom: only when a member writes from somewhere new), to be read again on next use.
/// </summary>
public sealed class CachedChatAddressStore : IChatAddressStore, IDisposable
{
    private readonly IChatAddressStore inner;
    private readonly IChangeNotices _notices;
    private readonly IDisposable _subscription;
    private ConcurrentDictionary<string, ChatAddress>? _byKey;

    public CachedChatAddressStore(IChatAddressStore inner)
        : this(inner, SingleInstanceChangeNotices.Instance)
    {
    }

    public CachedChatAddressStore(IChatAddressStore inner, IChangeNotices notices)
    {
        ArgumentNullException.ThrowIfNull(notices);
        this.inner = inner;
        _notices = notices;
        _subscription = notices.Subscribe(ChangeTopics.ChatAddresses, () => Volatile.Write(ref _byKey, null));
    }

    public void Dispose() => _subscription.Dispose();

    public async ValueTask<ChatAddress?> GetAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var byKey = await LoadedAsync(cancellationToken);
        var key = ChatAddress.KeyOf(channelId, userId);
        if (byKey.TryGetValue(key, out var address))
        {
            return address;
        }

        var stored = await inner.GetAsync(channelId, userId, cancellationToken);
        return stored is null ? null : byKey.GetOrAdd(key, stored);
    }

    public async ValueTask SaveAsync(ChatAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var byKey = await LoadedAsync(cancellationToken);
        await inner.SaveAsync(address, cancellationToken);
        byKey[address.Key] = address;
        await _notices.PublishAsync(ChangeTopics.ChatAddresses, CancellationToken.None);
    }

    public async ValueTask<IReadOnlyList<ChatAddress>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await LoadedAsync(cancellationToken)).Values];

    /// <summary>The loaded set; two first uses at once may both read, and the first to finish is kept for good.</summary>
    private async ValueTask<ConcurrentDictionary<string, ChatAddress>> LoadedAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _byKey) is { } loaded)
        {
            return loaded;
        }

        var byKey = new ConcurrentDictionary<string, ChatAddress>(StringComparer.Ordinal);
        foreach (var address in await inner.ListAsync(cancellationToken))
        {
            byKey[address.Key] = address;
        }

        return Interlocked.CompareExchange(ref _byKey, byKey, null) ?? byKey;
    }
}
