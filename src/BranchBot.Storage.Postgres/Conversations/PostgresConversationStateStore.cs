using BranchBot.Core.Conversations;

namespace BranchBot.Storage.Postgres.Conversations;

/// <summary>Dialog state per conversation key.</summary>
public sealed class PostgresConversationStateStore(PostgresDatabase database) : IConversationStateBatchStore
{
    public async ValueTask<ConversationStateRecord?> GetAsync(string key, CancellationToken cancellationToken) =>
        await database.QuerySingleAsync(
            "SELECT dialog_state, updated_ticks FROM conversation_state WHERE key = @key",
            r => new ConversationStateRecord(key, r.GetString(0), new DateTimeOffset(r.GetInt64(1), TimeSpan.Zero)), cancellationToken, ("key", key)).ConfigureAwait(false);

    public ValueTask SaveAsync(ConversationStateRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return WriteAsync([new KeyValuePair<string, ConversationStateRecord?>(record.Key, record)], cancellationToken);
    }

    public async ValueTask DeleteAsync(string key, CancellationToken cancellationToken) =>
        await database.ExecuteAsync("DELETE FROM conversation_state WHERE key = @key", cancellationToken, ("key", key)).ConfigureAwait(false);

    public async ValueTask WriteAsync(IReadOnlyCollection<KeyValuePair<string, ConversationStateRecord?>> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await database.InTransactionAsync(async session =>
        {
            foreach (var (key, record) in changes)
            {
                if (record is null)
                {
                    await session.ExecuteAsync("DELETE FROM conversation_state WHERE key = @key", cancellationToken, ("key", key)).ConfigureAwait(false);
                }
                else
                {
                    await Rows.UpsertAsync(session, "conversation_state", "key", cancellationToken,
                        ("key", key), ("dialog_state", record.DialogStateJson), ("updated_ticks", record.UpdatedAt.UtcTicks)).ConfigureAwait(false);
                }
            }
        }, cancellationToken).ConfigureAwait(false);
    }
}
