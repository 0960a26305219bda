using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Delivery;
using BranchBot.Storage.Postgres;

namespace BranchBot.LiteDbMigration;

/// <summary>
/// The outbox, in its original order (PostgreSQL numbers the rows as they arrive). Each item keeps its state: a
/// pending one is sent by the PostgreSQL deployment, a finished one stays in the records, and one that was in flight
/// when the LiteDB server stopped is settled by the PostgreSQL server's start-up as any interrupted claim is.
/// </summary>
internal static class DeliveryCopies
{
    public static Task<CollectionCount> ItemsAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(
            source.Collection<DeliveryItemDocument>(LiteDbCollections.DeliveryItems).FindAll().OrderBy(d => d.Sequence),
            LiteDbCollections.DeliveryItems,
            document => ImportRows.InsertIfAbsentAsync(target, "delivery_items", cancellationToken,
                ("id", document.BatchId + "\u001f" + document.MemberId), ("batch_id", document.BatchId), ("member_id", document.MemberId),
                ("message", Documents.Json(document.ToItem().Message)), ("state", (int)document.State), ("attempts", document.Attempts),
                ("next_attempt_ticks", document.NextAttemptAt.UtcTicks), ("created_ticks", document.CreatedAt.UtcTicks), ("updated_ticks", document.UpdatedAt.UtcTicks),
                ("completed_ticks", document.CompletedAt?.UtcTicks), ("last_error", document.LastError)));
}
