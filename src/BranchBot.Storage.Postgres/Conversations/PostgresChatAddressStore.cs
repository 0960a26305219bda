using BranchBot.Core.Conversations;

namespace BranchBot.Storage.Postgres.Conversations;

/// <summary>Where each chat account was last seen, for proactive sends.</summary>
public sealed class PostgresChatAddressStore(PostgresDatabase database) : IChatAddressStore
{
    public async ValueTask<ChatAddress?> GetAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        await database.QuerySingleAsync(
            "SELECT doc FROM chat_addresses WHERE key = @key", r => Documents.Read<ChatAddress>(r), cancellationToken, ("key", ChatAddress.KeyOf(channelId, userId))).ConfigureAwait(false);

    public async ValueTask SaveAsync(ChatAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        await database.ExecuteAsync(
            "INSERT INTO chat_addresses (key, doc) VALUES (@key, @doc) ON CONFLICT (key) DO UPDATE SET doc = EXCLUDED.doc",
            cancellationToken, ("key", address.Key), ("doc", Documents.Json(address))).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<ChatAddress>> ListAsync(CancellationToken cancellationToken) =>
        await database.QueryAsync("SELECT doc FROM chat_addresses", r => Documents.Read<ChatAddress>(r), cancellationToken).ConfigureAwait(false);
}
