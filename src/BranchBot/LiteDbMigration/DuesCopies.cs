using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Dues;
using BranchBot.Storage.Postgres;
using BranchBot.Storage.Postgres.Dues;

namespace BranchBot.LiteDbMigration;

/// <summary>党费: the bases with their history and the payments with their receipts, amounts as the same decimals.</summary>
internal static class DuesCopies
{
    public static Task<CollectionCount> BasesAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<DuesBaseDocument>(LiteDbCollections.DuesBases).FindAll(), LiteDbCollections.DuesBases, document =>
        {
            var dues = document.ToBase();
            return ImportRows.WriteIfAbsentAsync(target, "dues_bases", "id = @id",
                session => PostgresDuesStore.WriteBaseAsync(session, dues, document.BranchId, cancellationToken), cancellationToken, ("id", dues.Id));
        });

    public static Task<CollectionCount> PaymentsAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<DuesPaymentDocument>(LiteDbCollections.DuesPayments).FindAll(), LiteDbCollections.DuesPayments, document =>
        {
            var payment = document.ToPayment();
            return ImportRows.WriteIfAbsentAsync(target, "dues_payments", "id = @id",
                session => PostgresDuesStore.WritePaymentAsync(session, payment, document.BranchId, cancellationToken), cancellationToken, ("id", payment.Id));
        });
}
