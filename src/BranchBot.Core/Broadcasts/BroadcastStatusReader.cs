using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;

namespace BranchBot.Core.Broadcasts;

/// <summary>
/// Puts a broadcast's outbox reports (first send, every 催收 and 补发), acknowledgements and replies together per recipient.
/// </summary>
public sealed class BroadcastStatusReader(IBroadcastStore store, IDeliveryOutbox outbox, IMembershipStore members, IBroadcastNotices notices)
{
    /// <summary>Which of two states of one recipient (from different batches) tells more: delivered beats everything.</summary>
    private static readonly DeliveryState[] Preference =
    [
        DeliveryState.Sent, DeliveryState.InFlight, DeliveryState.Pending, DeliveryState.Unknown,
        DeliveryState.Failed, DeliveryState.Unreachable, DeliveryState.Cancelled,
    ];

    public async Task<BroadcastDetail> ReadAsync(Broadcast broadcast, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(broadcast);
        var items = new Dictionary<string, DeliveryItemStatus>(StringComparer.Ordinal);
        foreach (var batch in broadcast.AllBatchIds())
        {
            var report = await outbox.GetReportAsync(batch, cancellationToken);
            foreach (var item in report.Items)
            {
                if (!items.TryGetValue(item.MemberId, out var known) || Rank(item.State) < Rank(known.State))
                {
                    items[item.MemberId] = item;
                }
            }
        }

        var acknowledgements = (await store.ListAcknowledgementsAsync(broadcast.Number, cancellationToken)).ToDictionary(a => a.MemberId, StringComparer.Ordinal);
        var recipients = new List<BroadcastRecipientStatus>(broadcast.RecipientIds.Count);
        foreach (var id in broadcast.RecipientIds)
        {
            var name = await NameAsync(id, cancellationToken);
            items.TryGetValue(id, out var item);
            recipients.Add(new BroadcastRecipientStatus(
                id, name, item?.State ?? DeliveryState.Pending, item?.State == DeliveryState.Sent ? item.CompletedAt : null,
                acknowledgements.TryGetValue(id, out var ack) ? ack.At : null, item?.LastError));
        }

        recipients.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        var replies = new List<BroadcastReplyView>();
        foreach (var reply in await store.ListRepliesAsync(broadcast.Number, cancellationToken))
        {
            replies.Add(new BroadcastReplyView(reply, await NameAsync(reply.MemberId, cancellationToken)));
        }

        var counts = new BroadcastCounts(
            Recipients: recipients.Count,
            Sent: recipients.Count(r => r.State == DeliveryState.Sent),
            Failed: recipients.Count(r => r.State == DeliveryState.Failed),
            Unreachable: recipients.Count(r => r.State == DeliveryState.Unreachable),
            Unknown: recipients.Count(r => r.State == DeliveryState.Unknown),
            Pending: recipients.Count(r => r.State is DeliveryState.Pending or DeliveryState.InFlight),
            Cancelled: recipients.Count(r => r.State == DeliveryState.Cancelled),
            Acknowledged: recipients.Count(r => r.Acknowledged),
            Replies: replies.Count);
        return new BroadcastDetail(broadcast, broadcast.SignedAs ?? await NameAsync(broadcast.AuthorId, cancellationToken), counts, recipients, replies);
    }

    private static int Rank(DeliveryState state) => Array.IndexOf(Preference, state);

    private async Task<string> NameAsync(string memberId, CancellationToken cancellationToken) =>
        (await members.GetMemberAsync(memberId, cancellationToken))?.Name ?? notices.RemovedMemberName;
}
