namespace BranchBot.Core.Delivery;

/// <summary>Settings of the delivery engine (configuration section <c>Broadcast</c>).</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Broadcast";

    /// <summary>Global sends per second across all workers; 0 or less means unlimited. 50 is the Teams limit.</summary>
    public double MaxPerSecond { get; set; } = 50;

    /// <summary>Sends in flight at once.</summary>
    public int MaxConcurrency { get; set; } = 16;

    /// <summary>Attempts per item, the first one included, before a retryable failure becomes <see cref="DeliveryState.Failed"/>.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Attempts per item when the channel keeps answering 429: throttling is no fault of the item, so it gets more.</summary>
    public int MaxThrottledAttempts { get; set; } = 20;

    /// <summary>Upper bound of the first retry delay; it doubles per attempt (full jitter).</summary>
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest delay between attempts of one item.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long one attempt may wait for the channel's answer before it counts as a timeout and is retried later. A
    /// timed-out attempt may still have been delivered, so a short timeout makes duplicates: it must exceed what a slow
    /// channel takes (Teams can take several seconds to acknowledge; the Bot Framework service waits 15 s for a bot).
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often idle workers look for items whose time has come, besides being woken by an enqueue.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>False keeps the background workers off (tests drain the outbox themselves).</summary>
    public bool RunWorkers { get; set; } = true;
}
