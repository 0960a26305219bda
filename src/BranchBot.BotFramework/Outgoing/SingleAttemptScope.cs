namespace BranchBot.BotFramework.Outgoing;

/// <summary>
/// Within this scope (on the current async flow) the connector client makes one attempt per send and reports the
/// failure, with the channel's Retry-After, instead of retrying itself. An outbox that schedules its own retries
/// uses it so the two retry loops do not multiply; interactive replies keep the client's retries. The scope may also
/// set how long that attempt waits for the channel (the outbox's own setting) instead of the client's.
/// </summary>
public static class SingleAttemptScope
{
    private static readonly AsyncLocal<Settings?> Active = new();

    public static bool IsActive => Active.Value is not null;

    /// <summary>The attempt timeout the scope asks for; null outside a scope or when it leaves the client's own.</summary>
    public static TimeSpan? AttemptTimeout => Active.Value?.AttemptTimeout;

    /// <summary>Starts the scope; dispose to end it.</summary>
    public static IDisposable Begin(TimeSpan? attemptTimeout = null)
    {
        var previous = Active.Value;
        Active.Value = new Settings(attemptTimeout is { } timeout && timeout > TimeSpan.Zero ? timeout : null);
        return new Restore(previous);
    }

    private sealed record Settings(TimeSpan? AttemptTimeout);

    private sealed class Restore(Settings? previous) : IDisposable
    {
        public void Dispose() => Active.Value = previous;
    }
}
