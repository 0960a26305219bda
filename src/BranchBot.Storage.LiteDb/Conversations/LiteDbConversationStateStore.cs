using BranchBot.Core.Conversations;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Conversations;

public sealed class LiteDbConversationStateStore(LiteDbContext context) : IConversationStateStore
{
    private readonly ILiteCollection<ConversationStateDocument> _collection = context.Collection<ConversationStateDocument>("conversation_state");

    public ValueTask<ConversationStateRecord?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var document = _collection.FindById(key);
        return ValueTask.FromResult(document is null ? null : new ConversationStateRecord(document.Id, document.DialogStateJson, document.UpdatedAt));
    }

    public ValueTask SaveAsync(ConversationStateRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        _collection.Upsert(new ConversationStateDocument { Id = record.Key, DialogStateJson = record.DialogStateJson, UpdatedAt = record.UpdatedAt });
        return ValueTask.CompletedTask;
    }

    public ValueTask DeleteAsync(string key, CancellationToken cancellationToken)
    {
        _collection.Delete(key);
        return ValueTask.CompletedTask;
    }

    internal sealed class ConversationStateDocument
    {
        public string Id { get; set; } = string.Empty;
        public string DialogStateJson { get; set; } = string.Empty;
        public DateTimeOffset UpdatedAt { get; set; }
    }
}
