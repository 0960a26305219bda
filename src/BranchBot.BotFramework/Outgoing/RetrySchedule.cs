namespace BranchBot.BotFramework.Outgoing;

/// <summary>
/// How long to wait before the next attempt: the channel's Retry-After when it gave one, otherwise exponential
/// backoff with full jitter (a random delay between zero and BaseRetryDelay * 2^(attempt-1), capped).
/// </summary>
internal sealed class RetrySchedule(ConnectorClientOptions options, Random random)
{
    /// <param name="failedAttempt">1 for the first attempt that failed.</param>
    /// <param name="retryAfter">The channel's Retry-After, already converted to a delay from now.</param>
    public TimeSpan DelayAfter(int failedAttempt, TimeSpan? retryAfter)
    {
        if (retryAfter is { } requested)
        {
            return requested < TimeSpan.Zero ? TimeSpan.Zero : requested;
        }

        var exponent = Math.Min(failedAttempt - 1, 30);
        var bound = Math.Min(options.BaseRetryDelay.TotalMilliseconds * Math.Pow(2, exponent), options.MaxRetryDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(random.NextDouble() * bound);
    }
}
