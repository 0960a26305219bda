namespace BranchBot.Core.Delivery;

/// <summary>
/// Sends one outbox item to a member on every chat account they have, in a single attempt (no retries of its own:
/// the engine decides when to try again), and says what happened.
/// </summary>
public interface IDeliveryChannel
{
    /// <summary>Sends the item's message to its member, marked with its <see cref="DeliveryItem.DeliveryId"/>.</summary>
    Task<DeliveryAttempt> SendAsync(DeliveryItem item, CancellationToken cancellationToken);
}

/// <summary>How one attempt ended, as far as retrying is concerned.</summary>
public enum DeliveryAttemptKind
{
    /// <summary>Accepted by the channel on at least one account.</summary>
    Sent,

    /// <summary>No chat address, or 403/404 on every account: retrying cannot help.</summary>
    Unreachable,

    /// <summary>The channel asked us to slow down (429); every send waits, not just this one.</summary>
    Throttled,

    /// <summary>A failure that may pass (5xx, network error, timeout).</summary>
    Transient,

    /// <summary>The channel refused the message itself (another 4xx): retrying the same message cannot help.</summary>
    Rejected,
}

/// <summary>The result of one attempt; <paramref name="RetryAfter"/> is the channel's Retry-After when it gave one.</summary>
public sealed record DeliveryAttempt(DeliveryAttemptKind Kind, string? Error = null, TimeSpan? RetryAfter = null)
{
    public static DeliveryAttempt Sent { get; } = new(DeliveryAttemptKind.Sent);
}
