using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Conversations;
using BranchBot.Storage.Postgres;

namespace BranchBot.LiteDbMigration;

/// <summary>Where each chat user is reached, and each conversation's dialog state.</summary>
internal static class ConversationCopies
{
    public static Task<CollectionCount> ChatAddressesAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<LiteDbChatAddressStore.ChatAddressDocument>(LiteDbCollections.ChatAddresses).FindAll(), LiteDbCollections.ChatAddresses, document =>
        {
            var address = document.ToAddress();
            return ImportRows.InsertIfAbsentAsync(target, "chat_addresses", cancellationToken, ("key", address.Key), ("doc", Documents.Json(address)));
        });

    // LiteDB keeps a key over 256 bytes only as its SHA-256 (LiteDbKeys.Safe); such a row is copied under that name,
    // where PostgreSQL never looks it up, so that one conversation's unfinished dialog starts afresh.
    public static Task<CollectionCount> DialogStateAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<LiteDbConversationStateStore.ConversationStateDocument>(LiteDbCollections.ConversationState).FindAll(), LiteDbCollections.ConversationState,
            document => ImportRows.InsertIfAbsentAsync(target, "conversation_state", cancellationToken,
                ("key", document.Id), ("dialog_state", document.DialogStateJson), ("updated_ticks", document.UpdatedAt.UtcTicks)));
}
