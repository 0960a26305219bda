using BranchBot.Core.Dues;
using BranchBot.Core.Organisation;

namespace BranchBot.Storage.Postgres.Dues;

/// <summary>One branch's 党费 bases and payments. Amounts are <c>numeric(12,2)</c> columns beside the document.</summary>
public sealed class PostgresDuesStore(PostgresDatabase database, BranchContext branch) : IDuesStore
{
    private const string ByMonth = "ORDER BY month, member_id";
    private readonly string _branchId = branch.Id;

    public async ValueTask SaveBaseAsync(DuesBase dues, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dues);
        await database.WithSessionAsync(async session =>
        {
            await WriteBaseAsync(session, dues, _branchId, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<DuesBase>> ListBasesAsync(CancellationToken cancellationToken) =>
        await database.QueryAsync(
            "SELECT doc FROM dues_bases WHERE branch_id = @branch ORDER BY member_id, from_month", r => Documents.Read<DuesBase>(r), cancellationToken,
            ("branch", _branchId)).ConfigureAwait(false);

    public async ValueTask SavePaymentsAsync(IReadOnlyList<DuesPayment> payments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payments);
        await database.InTransactionAsync(async session =>
        {
            foreach (var payment in payments)
            {
                await WritePaymentAsync(session, payment, _branchId, cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<DuesPayment>> ListPaymentsAsync(DuesMonth from, DuesMonth to, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            $"SELECT doc FROM dues_payments WHERE branch_id = @branch AND month BETWEEN @from AND @to {ByMonth}", r => Documents.Read<DuesPayment>(r), cancellationToken,
            ("branch", _branchId), ("from", from.Index), ("to", to.Index)).ConfigureAwait(false);

    public async ValueTask<IReadOnlyList<DuesPayment>> ListPaymentsOfAsync(string memberId, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            $"SELECT doc FROM dues_payments WHERE branch_id = @branch AND member_id = @member {ByMonth}", r => Documents.Read<DuesPayment>(r), cancellationToken,
            ("branch", _branchId), ("member", memberId)).ConfigureAwait(false);

    public async ValueTask<IReadOnlyList<DuesPayment>> ListPendingAsync(CancellationToken cancellationToken) =>
        await database.QueryAsync(
            "SELECT doc FROM dues_payments WHERE branch_id = @branch AND state = @pending ORDER BY member_id, month", r => Documents.Read<DuesPayment>(r), cancellationToken,
            ("branch", _branchId), ("pending", (int)DuesPaymentState.Pending)).ConfigureAwait(false);

    public async ValueTask<IReadOnlyList<DuesPayment>> ListBatchAsync(string batchId, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            $"SELECT doc FROM dues_payments WHERE branch_id = @branch AND batch_id = @batch {ByMonth}", r => Documents.Read<DuesPayment>(r), cancellationToken,
            ("branch", _branchId), ("batch", batchId)).ConfigureAwait(false);

    // One statement: the insert or the row lock of the update makes a second instance wait and then count on from the first.
    private const string ReserveReceipt = """
        INSERT INTO dues_receipt_numbers AS n (branch_id, year, last_sequence)
        VALUES (@branch, @year, 1 + (SELECT coalesce(max(receipt_sequence), 0) FROM dues_payments WHERE branch_id = @branch AND receipt_year = @year))
        ON CONFLICT (branch_id, year) DO UPDATE SET last_sequence = 1 + greatest(n.last_sequence,
            (SELECT coalesce(max(receipt_sequence), 0) FROM dues_payments WHERE branch_id = @branch AND receipt_year = @year))
        RETURNING last_sequence
        """;

    public async ValueTask<int> NextReceiptSequenceAsync(int year, CancellationToken cancellationToken) =>
        Convert.ToInt32(await database.ScalarAsync(ReserveReceipt, cancellationToken, ("branch", _branchId), ("year", year)).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);

    internal static Task WriteBaseAsync(PostgresSession session, DuesBase dues, string branchId, CancellationToken cancellationToken) =>
        Rows.UpsertOwnAsync(session, "dues_bases", "id", dues.Id, branchId, cancellationToken,
            ("id", dues.Id), ("member_id", dues.MemberId), ("from_month", dues.EffectiveFrom.Index), ("doc", Documents.Json(dues)));

    internal static Task WritePaymentAsync(PostgresSession session, DuesPayment payment, string branchId, CancellationToken cancellationToken) =>
        Rows.UpsertOwnAsync(session, "dues_payments", "id", payment.Id, branchId, cancellationToken,
            ("id", payment.Id), ("member_id", payment.MemberId), ("month", payment.Month.Index), ("amount", payment.Amount), ("state", (int)payment.State),
            ("batch_id", payment.BatchId), ("receipt_year", payment.Receipt?.Year), ("receipt_sequence", payment.Receipt?.Sequence), ("doc", Documents.Json(payment)));
}
