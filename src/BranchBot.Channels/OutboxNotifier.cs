using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;

namespace BranchBot.Channels;

/// <summary>
/// Sends a notification within a conversation turn through the delivery outbox, like every other proactive message: it
/// is enqueued as its own batch (<see cref="NoticeRequests"/>: one item per member, so the same key never reaches a
/// member twice), its first attempt runs at once (<see cref="IDeliveryDispatcher.RunBatchAsync"/>,
/// claimed as the workers claim, so an item is sent by one of them only), and the result says who got it. A member
/// whose attempt failed is counted unreached now; the workers retry them later, as they retry any outbox item.
/// </summary>
public sealed class OutboxNotifier(IDeliveryOutbox outbox, IDeliveryDispatcher dispatcher) : IMemberNotifier
{
    public const string BatchPrefix = NoticeRequests.BatchPrefix;

    public async Task<NotificationResult> NotifyAsync(IReadOnlyList<Member> members, Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(notification);
        var recipients = members.DistinctBy(m => m.Id, StringComparer.Ordinal).ToList();
        if (recipients.Count == 0)
        {
            return new NotificationResult(0, []);
        }

        var batchId = await EnqueueAsync(recipients, notification, cancellationToken);

        // Once queued, the notice belongs to the outbox: a turn given up mid-send (the client went away) must not cut its
        // sends off, which would leave items in flight until a restart and then unknown, never resent.
        await dispatcher.RunBatchAsync(batchId, CancellationToken.None);

        var report = await outbox.GetReportAsync(batchId, cancellationToken);
        var sent = report.Items.Where(item => item.State == DeliveryState.Sent).Select(item => item.MemberId).ToHashSet(StringComparer.Ordinal);
        var unreached = recipients.Where(m => !sent.Contains(m.Id)).ToList();
        return new NotificationResult(recipients.Count - unreached.Count, unreached);
    }

    public async Task QueueAsync(IReadOnlyList<Member> members, Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(notification);
        if (NoticeRequests.For(members, notification) is { } request)
        {
            await outbox.EnqueueAsync(request, cancellationToken);
        }
    }

    private async Task<string> EnqueueAsync(IReadOnlyList<Member> recipients, Notification notification, CancellationToken cancellationToken)
    {
        var request = NoticeRequests.For(recipients, notification)!;
        await outbox.EnqueueAsync(request, cancellationToken);
        return request.BatchId;
    }
}
