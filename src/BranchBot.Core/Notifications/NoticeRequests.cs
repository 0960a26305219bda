using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;

namespace BranchBot.Core.Notifications;

/// <summary>
/// The outbox request of a <see cref="Notification"/>: its own batch (<see cref="BatchPrefix"/> and the notification's
/// key, one item per member, so the same key never reaches a member twice). Built here for the notifier and for a
/// store that queues a notice in the same transaction as the change it tells of.
/// </summary>
public static class NoticeRequests
{
    public const string BatchPrefix = "notice:";

    /// <summary>The request for the distinct recipients; null when there are none.</summary>
    public static DeliveryRequest? For(IReadOnlyList<Member> recipients, Notification notification)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(notification);
        var memberIds = recipients.Select(m => m.Id).Distinct(StringComparer.Ordinal).ToList();
        if (memberIds.Count == 0)
        {
            return null;
        }

        var message = DeliveryMessage.WithTitleButtons(notification.Text, notification.Buttons ?? []) with { OnlyTo = notification.OnlyTo };
        return new DeliveryRequest(BatchPrefix + notification.Key, memberIds, message);
    }
}
