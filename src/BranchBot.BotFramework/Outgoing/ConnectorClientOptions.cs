namespace BranchBot.BotFramework.Outgoing;

/// <summary>Retry and timeout settings of the Bot Connector client (configuration section BotFramework:Connector).</summary>
public sealed class ConnectorClientOptions
{
    public const string SectionName = "BotFramework:Connector";

    /// <summary>Attempts per send, the first one included.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>Upper bound of the first backoff; it doubles per attempt (full jitter: a random delay up to the bound).</summary>
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Longest wait between attempts. Backoff is capped here; when a channel's Retry-After asks for longer, the
    /// client gives up at once (not final) instead of holding the turn, so an outbox can try again later.
    /// </summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one attempt may take before it counts as a timeout and is retried.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
