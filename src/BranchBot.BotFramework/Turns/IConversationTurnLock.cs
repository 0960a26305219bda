namespace BranchBot.BotFramework.Turns;

/// <summary>
/// Keeps one conversation's turns in order across server instances: held around each turn, after this process's own
/// per-conversation gate. One process alone needs nothing more than that gate (<see cref="InProcessTurnsOnly"/>).
/// </summary>
public interface IConversationTurnLock
{
    ValueTask<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken);
}

/// <summary>The only instance: <see cref="ConversationTurnGate"/> alone keeps turns in order.</summary>
public sealed class InProcessTurnsOnly : IConversationTurnLock
{
    public static InProcessTurnsOnly Instance { get; } = new();

    public ValueTask<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken) => ValueTask.FromResult<IAsyncDisposable>(Held.Instance);

    private sealed class Held : IAsyncDisposable
    {
        public static Held Instance { get; } = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
