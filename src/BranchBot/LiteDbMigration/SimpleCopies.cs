using BranchBot.Storage.LiteDb;
using BranchBot.Storage.Postgres;

namespace BranchBot.LiteDbMigration;

/// <summary>
/// Collections of one key and a value or two. The document classes mirror the LiteDB stores' own (same property
/// names, so the same BSON fields); secrets and hashes are copied byte for byte.
/// </summary>
internal static class SimpleCopies
{
    public static Task<CollectionCount> SecretsAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<SecretDocument>(LiteDbCollections.Secrets).FindAll(), LiteDbCollections.Secrets,
            secret => ImportRows.InsertIfAbsentAsync(target, "secrets", cancellationToken, ("name", secret.Id), ("value", secret.Value)));

    public static Task<CollectionCount> SentMarkersAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<SentMarkerDocument>(LiteDbCollections.SentMarkers).FindAll(), LiteDbCollections.SentMarkers,
            marker => ImportRows.InsertIfAbsentAsync(target, "sent_markers", cancellationToken, ("key", marker.Key), ("sent_ticks", marker.SentAt.UtcTicks)));

    public static Task<CollectionCount> CalendarTokensAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<CalendarTokenDocument>(LiteDbCollections.CalendarTokens).FindAll(), LiteDbCollections.CalendarTokens,
            token => ImportRows.InsertIfAbsentAsync(
                target, "calendar_tokens", cancellationToken, ("member_id", token.Id), ("token_hash", token.Token), ("created_ticks", token.CreatedAt.UtcTicks)));

    /// <summary>The 企业微信 callbacks handled, so a delivery the platform retries across the move is handled once.</summary>
    public static Task<CollectionCount> WeComReceiptsAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<WeCom.LiteDbWeComReceiptLog.ReceiptDocument>(LiteDbCollections.WeComReceipts).FindAll(), LiteDbCollections.WeComReceipts,
            receipt => ImportRows.InsertIfAbsentAsync(target, "wecom_receipts", cancellationToken, ("key", receipt.Id), ("at_ticks", receipt.AtUtcTicks)));

    internal sealed class SecretDocument
    {
        public string Id { get; set; } = string.Empty;
        public byte[] Value { get; set; } = [];
    }

    internal sealed class SentMarkerDocument
    {
        public string Id { get; set; } = string.Empty;
        public string Key { get; set; } = string.Empty;
        public DateTimeOffset SentAt { get; set; }
    }

    internal sealed class CalendarTokenDocument
    {
        public string Id { get; set; } = string.Empty;
        public string Token { get; set; } = string.Empty;
        public DateTimeOffset CreatedAt { get; set; }
    }
}
