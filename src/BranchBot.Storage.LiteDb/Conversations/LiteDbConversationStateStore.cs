using BranchBot.Core.Conversations;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Conversations;

public sealed class LiteDbConversationStateStore(LiteDbContext context) : IConversationStateStore
{
    private readonly ILiteCollection<ConversationStateDocument> _collection = context.Collection<ConversationStateDocument>(LiteDbCollections.ConversationState);

    public ValueTask<ConversationStateRecord?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var document = _collection.FindById(LiteDbKeys.Safe(key));
        return ValueTask.FromResult(document is null ? null : new ConversationStateRecord(key, document.DialogStateJson, document.UpdatedAt));
    }

    public ValueTask SaveAsync(ConversationStateRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        _collection.Upsert(new ConversationStateDocument { Id = LiteDbKeys.Safe(record.Key), DialogStateJson = record.DialogStateJson, UpdatedAt = record.UpdatedAt });
        return ValueTask.CompletedTask;
    }

    public ValueTask DeleteAsync(string key, CancellationToken cancellationToken)
    {
        _collection.Delete(LiteDbKeys.Safe(key));
        return ValueTask.CompletedTask;
    }

    internal sealed class ConversationStateDocument
    {
        public string Id { get; set; } = string.Empty;
        public string DialogStateJson { get; set; } = string.Empty;
        public DateTimeOffset UpdatedAt { get; set; }
    }
}
