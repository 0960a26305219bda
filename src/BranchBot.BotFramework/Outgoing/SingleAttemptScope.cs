namespace BranchBot.BotFramework.Outgoing;

/// <summary>
/// Within this scope (on the current async flow) the connector client makes one attempt per send and reports the
/// failure, with the channel's Retry-After, instead of retrying itself. An outbox that schedules its own retries
/// uses it so the two retry loops do not multiply; interactive replies keep the client's retries.
/// </summary>
public static class SingleAttemptScope
{
    private static readonly AsyncLocal<bool> Active = new();

    public static bool IsActive => Active.Value;

    /// <summary>Starts the scope; dispose to end it.</summary>
    public static IDisposable Begin()
    {
        var previous = Active.Value;
        Active.Value = true;
        return new Restore(previous);
    }

    private sealed class Restore(bool previous) : IDisposable
    {
        public void Dispose() => Active.Value = previous;
    }
}
