namespace BranchBot.Core.Conversations;

public interface IConversationStateStore
{
    ValueTask<ConversationStateRecord?> GetAsync(string key, CancellationToken cancellationToken);

    ValueTask SaveAsync(ConversationStateRecord record, CancellationToken cancellationToken);

    ValueTask DeleteAsync(string key, CancellationToken cancellationToken);
}

/// <summary>A store that also writes many conversations' states in one write: what <see cref="BufferedConversationStateStore"/> writes to.</summary>
public interface IConversationStateBatchStore : IConversationStateStore
{
    /// <summary>Saves each record, and deletes each key given without one, all in one write.</summary>
    ValueTask WriteAsync(IReadOnlyCollection<KeyValuePair<string, ConversationStateRecord?>> changes, CancellationToken cancellationToken);
}
