using BranchBot.Core.Membership;

namespace BranchBot.Core.Notifications;

/// <summary>A proactive message to members: text, and optional buttons whose titles are sent back when clicked.</summary>
public sealed record Notification(string Text, IReadOnlyList<string>? Buttons = null)
{
    /// <summary>
    /// What the notice is about (see <see cref="NoticeKeys"/>): its outbox batch. Sending the same key again reaches no
    /// member twice, so a turn handled twice tells nobody twice.
    /// </summary>
    public required string Key { get; init; }

    /// <summary>When given, only these chat accounts are sent to (see <see cref="Delivery.DeliveryMessage.OnlyTo"/>).</summary>
    public IReadOnlyList<ChatAccount>? OnlyTo { get; init; }
}

/// <summary>What a notification reached: members with at least one delivered chat account, and the rest.</summary>
public sealed record NotificationResult(int Delivered, IReadOnlyList<Member> Unreached);

/// <summary>
/// Sends a notification to members on every chat account they have used with the bot, through the delivery outbox:
/// the first attempt is made at once and its result returned; members not reached now are retried by the workers.
/// </summary>
public interface IMemberNotifier
{
    Task<NotificationResult> NotifyAsync(IReadOnlyList<Member> members, Notification notification, CancellationToken cancellationToken);

    /// <summary>
    /// Queues the notification in the outbox and returns: the workers send it (at the deployment's send rate) and retry
    /// it like any outbox item. For a turn whose reply does not depend on who was reached, which then never waits for
    /// the channel or for the send rate's queue.
    /// </summary>
    Task QueueAsync(IReadOnlyList<Member> members, Notification notification, CancellationToken cancellationToken);
}
