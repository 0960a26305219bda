using BranchBot.Core.Conversations;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Conversations;

public sealed class LiteDbConversationStateStore(LiteDbContext context) : IConversationStateBatchStore
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

    /// <summary>
    /// Per chunk of keys (<see cref="LiteDbContext.BackgroundChunk"/>), one write for the saves and one for the deletes
    /// (each a single LiteDB transaction; no explicit transaction, so a turn's own writes on another thread never meet
    /// this one inside LiteDB's transaction handling), each first giving way to the writes replies wait for.
    /// </summary>
    public ValueTask WriteAsync(IReadOnlyCollection<KeyValuePair<string, ConversationStateRecord?>> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var chunk in changes.Chunk(LiteDbContext.BackgroundChunk))
        {
            var saved = chunk.Where(c => c.Value is not null)
                .Select(c => new ConversationStateDocument { Id = LiteDbKeys.Safe(c.Key), DialogStateJson = c.Value!.DialogStateJson, UpdatedAt = c.Value.UpdatedAt })
                .ToList();
            var deleted = new BsonArray(chunk.Where(c => c.Value is null).Select(c => new BsonValue(LiteDbKeys.Safe(c.Key))));
            if (saved.Count > 0)
            {
                context.GiveWayToWaitedForWrites();
                _collection.Upsert(saved);
            }

            if (deleted.Count > 0)
            {
                context.GiveWayToWaitedForWrites();
                _collection.DeleteMany(Filter.In("_id", deleted));
            }
        }

        return ValueTask.CompletedTask;
    }

    internal sealed class ConversationStateDocument
    {
        public string Id { get; set; } = string.Empty;
        public string DialogStateJson { get; set; } = string.Empty;
        public DateTimeOffset UpdatedAt { get; set; }
    }
}
