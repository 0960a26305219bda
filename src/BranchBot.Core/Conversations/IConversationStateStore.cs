namespace BranchBot.Core.Conversations;

public interface IConversationStateStore
{
    ValueTask<ConversationStateRecord?> GetAsync(string key, CancellationToken cancellationToken);

    ValueTask SaveAsync(ConversationStateRecord record, CancellationToken cancellationToken);

    ValueTask DeleteAsync(string key, CancellationToken cancellationToken);
}
