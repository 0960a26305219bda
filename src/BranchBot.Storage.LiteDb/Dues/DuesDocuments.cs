using BranchBot.Core.Dues;

namespace BranchBot.Storage.LiteDb.Dues;

/// <summary>A member's 交纳基数 from a month on. Money is stored as decimal (BSON Decimal128), never double.</summary>
internal sealed class DuesBaseDocument
{
    public string Id { get; set; } = string.Empty;
    public string BranchId { get; set; } = string.Empty;
    public string MemberId { get; set; } = string.Empty;
    public int FromMonth { get; set; }
    public DuesStatus Status { get; set; }
    public decimal? MonthlyIncome { get; set; }
    public decimal? FixedAmount { get; set; }
    public string SetById { get; set; } = string.Empty;
    public DateTimeOffset SetAt { get; set; }

    public static DuesBaseDocument From(DuesBase b, string branchId) => new()
    {
        Id = b.Id, BranchId = branchId, MemberId = b.MemberId, FromMonth = b.EffectiveFrom.Index, Status = b.Status, MonthlyIncome = b.MonthlyIncome,
        FixedAmount = b.FixedAmount, SetById = b.SetById, SetAt = b.SetAt,
    };

    public DuesBase ToBase() => new()
    {
        MemberId = MemberId, EffectiveFrom = DuesMonth.FromIndex(FromMonth), Status = Status, MonthlyIncome = MonthlyIncome, FixedAmount = FixedAmount,
        SetById = SetById, SetAt = SetAt,
    };
}

/// <summary>One member's dues for one month; <see cref="Month"/> is the month's index, so ranges cross year ends.</summary>
internal sealed class DuesPaymentDocument
{
    public string Id { get; set; } = string.Empty;
    public string BranchId { get; set; } = string.Empty;
    public string MemberId { get; set; } = string.Empty;
    public int Month { get; set; }
    public decimal Amount { get; set; }
    public DuesPaymentState State { get; set; }
    public string BatchId { get; set; } = string.Empty;
    public string RecordedById { get; set; } = string.Empty;
    public DateTimeOffset RecordedAt { get; set; }
    public string? ConfirmedById { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public int ReceiptYear { get; set; }
    public int ReceiptSequence { get; set; }

    public static DuesPaymentDocument From(DuesPayment p, string branchId) => new()
    {
        Id = p.Id, BranchId = branchId, MemberId = p.MemberId, Month = p.Month.Index, Amount = p.Amount, State = p.State, BatchId = p.BatchId,
        RecordedById = p.RecordedById, RecordedAt = p.RecordedAt, ConfirmedById = p.ConfirmedById, ConfirmedAt = p.ConfirmedAt,
        ReceiptYear = p.Receipt?.Year ?? 0, ReceiptSequence = p.Receipt?.Sequence ?? 0,
    };

    public DuesPayment ToPayment() => new()
    {
        MemberId = MemberId, Month = DuesMonth.FromIndex(Month), Amount = Amount, State = State, BatchId = BatchId, RecordedById = RecordedById,
        RecordedAt = RecordedAt, ConfirmedById = ConfirmedById, ConfirmedAt = ConfirmedAt,
        Receipt = ReceiptSequence > 0 ? new DuesReceipt(ReceiptYear, ReceiptSequence) : null,
    };
}

/// <summary>The last 党费 receipt number reserved for a branch in a year.</summary>
internal sealed class DuesReceiptNumberDocument
{
    public string Id { get; set; } = string.Empty;
    public int LastSequence { get; set; }

    public static string IdOf(string branchId, int year) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{branchId}:{year}");
}
