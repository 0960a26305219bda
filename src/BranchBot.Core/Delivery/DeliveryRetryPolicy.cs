namespace BranchBot.Core.Delivery;

/// <summary>
/// Turns an attempt's result into the item's next state: final states as they are; throttling and transient
/// failures back to pending at a later time (the channel's Retry-After, else exponential backoff with jitter),
/// until their attempt bound is spent.
/// </summary>
public sealed class DeliveryRetryPolicy(DeliveryOptions options, Random random)
{
    public DeliveryItemUpdate Next(DeliveryItem item, DeliveryAttempt attempt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(attempt);
        var attempts = item.Attempts + 1;
        DeliveryItemUpdate Final(DeliveryState state) => new(item.BatchId, item.MemberId, state, attempts, now, now, attempt.Error);

        switch (attempt.Kind)
        {
            case DeliveryAttemptKind.Sent:
                return Final(DeliveryState.Sent);
            case DeliveryAttemptKind.Unreachable:
                return Final(DeliveryState.Unreachable);
            case DeliveryAttemptKind.Rejected:
            case DeliveryAttemptKind.Throttled when attempts >= Math.Max(options.MaxThrottledAttempts, 1):
            case DeliveryAttemptKind.Transient when attempts >= Math.Max(options.MaxAttempts, 1):
                return Final(DeliveryState.Failed);
            default:
                var delay = attempt.RetryAfter is { } requested && requested > TimeSpan.Zero ? requested : Backoff(attempts);
                return new DeliveryItemUpdate(item.BatchId, item.MemberId, DeliveryState.Pending, attempts, now + delay, now, attempt.Error);
        }
    }

    /// <summary>Half the exponential bound plus a random part of the other half, so retries spread but never come at once.</summary>
    public TimeSpan Backoff(int failedAttempts)
    {
        var exponent = Math.Clamp(failedAttempts - 1, 0, 30);
        var bound = Math.Min(options.BaseRetryDelay.TotalMilliseconds * Math.Pow(2, exponent), options.MaxRetryDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds((bound / 2) + (random.NextDouble() * bound / 2));
    }
}
