namespace BranchBot.Core.Broadcasts;

/// <summary>One branch's broadcasts (numbered from 1 in the branch), the acknowledgements they collected and the replies they drew.</summary>
public interface IBroadcastStore
{
    ValueTask<Broadcast?> GetAsync(int number, CancellationToken cancellationToken);

    /// <summary>The highest number given so far in the store's branch; 0 before the first broadcast.</summary>
    ValueTask<int> LastNumberAsync(CancellationToken cancellationToken);

    /// <summary>The <see cref="Broadcast.BatchBase"/> a new broadcast numbered <paramref name="number"/> gets here (it names the branch).</summary>
    string BatchBaseOf(int number);

    /// <summary>The latest broadcasts (withdrawn ones included), newest first.</summary>
    ValueTask<IReadOnlyList<Broadcast>> ListRecentAsync(int max, CancellationToken cancellationToken);

    ValueTask SaveAsync(Broadcast broadcast, CancellationToken cancellationToken);

    /// <summary>The broadcast made from <paramref name="sourceKey"/>, if any (see <see cref="Broadcast.SourceKey"/>).</summary>
    ValueTask<Broadcast?> FindBySourceKeyAsync(string sourceKey, CancellationToken cancellationToken);

    /// <summary>Stores the acknowledgement unless the member had already acknowledged; true when stored now.</summary>
    ValueTask<bool> TryAddAcknowledgementAsync(BroadcastAcknowledgement acknowledgement, CancellationToken cancellationToken);

    /// <summary>Whether the member has acknowledged the broadcast.</summary>
    ValueTask<bool> HasAcknowledgedAsync(int broadcastNumber, string memberId, CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<BroadcastAcknowledgement>> ListAcknowledgementsAsync(int broadcastNumber, CancellationToken cancellationToken);

    ValueTask SaveReplyAsync(BroadcastReply reply, CancellationToken cancellationToken);

    /// <summary>Replies to the broadcast, oldest first.</summary>
    ValueTask<IReadOnlyList<BroadcastReply>> ListRepliesAsync(int broadcastNumber, CancellationToken cancellationToken);
}
