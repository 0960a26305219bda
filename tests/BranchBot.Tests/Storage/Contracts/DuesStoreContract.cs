using BranchBot.Core.Dues;

namespace BranchBot.Tests.Storage.Contracts;

/// <summary>党费: amounts come back exactly (decimal, two places), months range across a year end, branches never mix.</summary>
public abstract class DuesStoreContract : StoreContract
{
    [SkippableFact]
    public async Task Payments_keep_their_amount_and_receipt_and_are_found_by_month_member_batch_and_state()
    {
        var backend = await BackendAsync();
        var a = backend.Dues("A");
        await a.SavePaymentsAsync(
        [
            Payment("m1", new DuesMonth(2026, 12), 33.33m, "b1", new DuesReceipt(2026, 7)),
            Payment("m1", new DuesMonth(2027, 1), 33.34m, "b1", new DuesReceipt(2026, 7)),
            Payment("m2", new DuesMonth(2027, 2), 0.20m, "b2", null),
        ], None);

        var range = await a.ListPaymentsAsync(new DuesMonth(2026, 12), new DuesMonth(2027, 1), None);
        Assert.Equal([33.33m, 33.34m], range.Select(p => p.Amount));
        Assert.Equal(new DuesReceipt(2026, 7), range[0].Receipt);
        Assert.Equal(new DuesMonth(2027, 1), range[1].Month);
        Assert.Equal(2, (await a.ListBatchAsync("b1", None)).Count);
        Assert.Equal(["m2"], (await a.ListPendingAsync(None)).Select(p => p.MemberId));
        Assert.Equal(0.20m, Assert.Single(await a.ListPaymentsOfAsync("m2", None)).Amount);

        var b = backend.Dues("B");
        Assert.Empty(await b.ListPaymentsAsync(new DuesMonth(2026, 1), new DuesMonth(2027, 12), None));
        Assert.Empty(await b.ListBatchAsync("b1", None));
    }

    [SkippableFact]
    public async Task Receipt_numbers_count_on_from_the_highest_stored_per_branch_and_year_and_never_repeat_across_stores()
    {
        var backend = await BackendAsync();
        var a = backend.Dues("A");
        await a.SavePaymentsAsync([Payment("m1", new DuesMonth(2026, 12), 33.33m, "b1", new DuesReceipt(2026, 7))], None);

        Assert.Equal(8, await a.NextReceiptSequenceAsync(2026, None));
        Assert.Equal(1, await a.NextReceiptSequenceAsync(2027, None));
        Assert.Equal(1, await backend.Dues("B").NextReceiptSequenceAsync(2026, None));

        // Two stores of the branch (two instances on PostgreSQL's side), asking at once: every number once, none skipped.
        var other = backend.Dues("A");
        var numbers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
            await (i % 2 == 0 ? a : other).NextReceiptSequenceAsync(2026, None))));
        Assert.Equal(Enumerable.Range(9, 20), numbers.Order());

        // A payment stored with a higher number (copied from elsewhere) is counted past, not repeated.
        await a.SavePaymentsAsync([Payment("m2", new DuesMonth(2026, 12), 10m, "b3", new DuesReceipt(2026, 40))], None);
        Assert.Equal(41, await other.NextReceiptSequenceAsync(2026, None));
    }

    [SkippableFact]
    public async Task Bases_keep_their_history_and_a_second_one_in_the_same_month_replaces_the_first()
    {
        var backend = await BackendAsync();
        var a = backend.Dues("A");
        await a.SaveBaseAsync(Base("m1", new DuesMonth(2026, 11), 4000m), None);
        await a.SaveBaseAsync(Base("m1", new DuesMonth(2027, 1), 9000m), None);
        await a.SaveBaseAsync(Base("m1", new DuesMonth(2027, 1), 12000.50m), None);

        var bases = await a.ListBasesAsync(None);
        Assert.Equal([(new DuesMonth(2026, 11), 4000m), (new DuesMonth(2027, 1), 12000.50m)], bases.Select(b => (b.EffectiveFrom, b.MonthlyIncome!.Value)));
        Assert.Empty(await backend.Dues("B").ListBasesAsync(None));
    }

    private static DuesBase Base(string member, DuesMonth from, decimal income) => new()
    {
        MemberId = member, EffectiveFrom = from, Status = DuesStatus.Employed, MonthlyIncome = income, SetById = "s", SetAt = At,
    };

    private static DuesPayment Payment(string member, DuesMonth month, decimal amount, string batch, DuesReceipt? receipt) => new()
    {
        MemberId = member, Month = month, Amount = amount, BatchId = batch, Receipt = receipt, RecordedById = member, RecordedAt = At,
        State = receipt is null ? DuesPaymentState.Pending : DuesPaymentState.Paid, ConfirmedAt = receipt is null ? null : At, ConfirmedById = receipt is null ? null : "s",
    };
}

public sealed class LiteDbDuesStoreContractTests : DuesStoreContract
{
    protected override Task<StoreBackend> OpenAsync() => Task.FromResult<StoreBackend>(new LiteDbBackend());
}

public sealed class PostgresDuesStoreContractTests : DuesStoreContract
{
    protected override async Task<StoreBackend> OpenAsync() => await PostgresBackend.CreateAsync();
}
