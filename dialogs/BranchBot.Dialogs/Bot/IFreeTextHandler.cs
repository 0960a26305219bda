namespace BranchBot.Dialogs.Bot;

/// <summary>Handles a message that is neither a command nor an answer inside a dialog (the knowledge base, for one).</summary>
public interface IFreeTextHandler
{
    /// <summary>Lower runs first.</summary>
    int Order { get; }

    Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken);
}
