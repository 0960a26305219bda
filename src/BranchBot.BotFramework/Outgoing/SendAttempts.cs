namespace BranchBot.BotFramework.Outgoing;

/// <summary>
/// How many times the connector client tries one send. Interactive replies keep the client's own retries; an outbox
/// that schedules its own retries asks for a single attempt, so the two retry loops do not multiply, and may set how
/// long that attempt waits for the channel instead of the client's timeout.
/// </summary>
public abstract record SendAttempts
{
    private SendAttempts()
    {
    }

    /// <summary>The client retries throttling and transient failures itself (<see cref="ConnectorClientOptions.MaxAttempts"/>).</summary>
    public static SendAttempts ClientRetries { get; } = new WithClientRetries();

    /// <summary>One attempt; a failure is reported at once with the channel's Retry-After.</summary>
    /// <param name="timeout">How long the attempt waits for the channel; null (or not positive) keeps the client's own.</param>
    public static SendAttempts Single(TimeSpan? timeout = null) =>
        new SingleAttempt(timeout is { } value && value > TimeSpan.Zero ? value : null);

    public sealed record WithClientRetries : SendAttempts;

    public sealed record SingleAttempt(TimeSpan? Timeout) : SendAttempts;
}
