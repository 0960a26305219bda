namespace BranchBot.Core.Dues;

/// <summary>One branch's 党费: the members' bases (with their history) and the monthly payments.</summary>
public interface IDuesStore
{
    /// <summary>Inserts or replaces the base of its member and month.</summary>
    ValueTask SaveBaseAsync(DuesBase dues, CancellationToken cancellationToken);

    /// <summary>Every base of every member, oldest first per member.</summary>
    ValueTask<IReadOnlyList<DuesBase>> ListBasesAsync(CancellationToken cancellationToken);

    /// <summary>Inserts or replaces the payments (by member and month) in one transaction.</summary>
    ValueTask SavePaymentsAsync(IReadOnlyList<DuesPayment> payments, CancellationToken cancellationToken);

    /// <summary>Payments for the months in [from, to], by month then member.</summary>
    ValueTask<IReadOnlyList<DuesPayment>> ListPaymentsAsync(DuesMonth from, DuesMonth to, CancellationToken cancellationToken);

    /// <summary>One member's payments, by month.</summary>
    ValueTask<IReadOnlyList<DuesPayment>> ListPaymentsOfAsync(string memberId, CancellationToken cancellationToken);

    /// <summary>Payments reported by members and not yet confirmed, by member then month.</summary>
    ValueTask<IReadOnlyList<DuesPayment>> ListPendingAsync(CancellationToken cancellationToken);

    /// <summary>The payments one request recorded.</summary>
    ValueTask<IReadOnlyList<DuesPayment>> ListBatchAsync(string batchId, CancellationToken cancellationToken);

    /// <summary>
    /// Reserves the next receipt sequence of the year for the branch: one past both the last one reserved and the
    /// highest stored (payments copied in keep their numbers). The database gives it, so two instances sharing it never
    /// give the same number; a number reserved for a write that then failed is skipped, not given again.
    /// </summary>
    ValueTask<int> NextReceiptSequenceAsync(int year, CancellationToken cancellationToken);
}
