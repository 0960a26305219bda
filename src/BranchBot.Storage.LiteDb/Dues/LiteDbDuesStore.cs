using BranchBot.Core.Dues;
using BranchBot.Core.Organisation;
using BranchBot.Storage.LiteDb.Organisation;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Dues;

/// <summary>One branch's 党费 bases and payments; another branch's are never returned or written over (<see cref="BranchGuard"/>).</summary>
public sealed class LiteDbDuesStore : IDuesStore
{
    private readonly LiteDbContext _context;
    private readonly BranchGuard _guard;
    private readonly ILiteCollection<DuesBaseDocument> _bases;
    private readonly ILiteCollection<DuesPaymentDocument> _payments;
    private readonly ILiteCollection<DuesReceiptNumberDocument> _receiptNumbers;

    public LiteDbDuesStore(LiteDbContext context, BranchContext branch)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(branch);
        _context = context;
        _guard = new BranchGuard(branch.Id);
        _bases = context.Collection<DuesBaseDocument>(LiteDbCollections.DuesBases);
        _payments = context.Collection<DuesPaymentDocument>(LiteDbCollections.DuesPayments);
        _receiptNumbers = context.Collection<DuesReceiptNumberDocument>(LiteDbCollections.DuesReceiptNumbers);
        context.IndexOnce(nameof(LiteDbDuesStore), () =>
        {
            _bases.EnsureIndex(b => b.BranchId);
            _payments.EnsureIndex(p => p.BranchId);
            _payments.EnsureIndex(p => p.Month);
            _payments.EnsureIndex(p => p.MemberId);
            _payments.EnsureIndex(p => p.BatchId);
            _payments.EnsureIndex(p => p.ReceiptYear);
        });
    }

    private string BranchId => _guard.BranchId;

    public ValueTask SaveBaseAsync(DuesBase dues, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dues);
        _guard.RefuseOther(_bases.FindById(dues.Id)?.BranchId, dues.Id);
        _bases.Upsert(DuesBaseDocument.From(dues, BranchId));
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<DuesBase>> ListBasesAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<DuesBase>>([.. _bases.Find(Filter.Equal(nameof(DuesBaseDocument.BranchId), BranchId))
            .Select(b => b.ToBase())
            .OrderBy(b => b.MemberId, StringComparer.Ordinal)
            .ThenBy(b => b.EffectiveFrom)]);

    public ValueTask SavePaymentsAsync(IReadOnlyList<DuesPayment> payments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payments);
        _context.InTransaction(() =>
        {
            foreach (var payment in payments)
            {
                _guard.RefuseOther(_payments.FindById(payment.Id)?.BranchId, payment.Id);
                _payments.Upsert(DuesPaymentDocument.From(payment, BranchId));
            }
        });
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<DuesPayment>> ListPaymentsAsync(DuesMonth from, DuesMonth to, CancellationToken cancellationToken)
    {
        var (first, last) = (from.Index, to.Index);
        return ValueTask.FromResult(Ordered(_payments.Find(p => p.Month >= first && p.Month <= last)));
    }

    public ValueTask<IReadOnlyList<DuesPayment>> ListPaymentsOfAsync(string memberId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Ordered(_payments.Find(p => p.MemberId == memberId)));

    public ValueTask<IReadOnlyList<DuesPayment>> ListPendingAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<DuesPayment>>([.. Ordered(_payments.Find(Filter.Equal(nameof(DuesPaymentDocument.BranchId), BranchId)))
            .Where(p => p.State == DuesPaymentState.Pending)
            .OrderBy(p => p.MemberId, StringComparer.Ordinal)
            .ThenBy(p => p.Month)]);

    public ValueTask<IReadOnlyList<DuesPayment>> ListBatchAsync(string batchId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Ordered(_payments.Find(p => p.BatchId == batchId)));

    public ValueTask<int> NextReceiptSequenceAsync(int year, CancellationToken cancellationToken)
    {
        var next = 0;

        // In one transaction: every process or store sharing the file counts on from the number the last one reserved.
        _context.InTransaction(() =>
        {
            var id = DuesReceiptNumberDocument.IdOf(BranchId, year);

            // A write first takes the collection's write lock for the transaction, so the read below is not stale.
            _receiptNumbers.Delete(string.Empty);
            var stored = _payments.Find(p => p.ReceiptYear == year).Where(p => p.BranchId == BranchId).Select(p => p.ReceiptSequence).DefaultIfEmpty(0).Max();
            next = 1 + Math.Max(_receiptNumbers.FindById(id)?.LastSequence ?? 0, stored);
            _receiptNumbers.Upsert(new DuesReceiptNumberDocument { Id = id, LastSequence = next });
        });
        return ValueTask.FromResult(next);
    }

    private IReadOnlyList<DuesPayment> Ordered(IEnumerable<DuesPaymentDocument> documents) =>
        [.. documents.Where(d => d.BranchId == BranchId).Select(d => d.ToPayment()).OrderBy(p => p.Month).ThenBy(p => p.MemberId, StringComparer.Ordinal)];
}
