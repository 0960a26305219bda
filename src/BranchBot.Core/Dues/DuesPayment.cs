using System.Text.Json.Serialization;

namespace BranchBot.Core.Dues;

public enum DuesPaymentState
{
    /// <summary>Reported by the member (交党费), waiting for the committee to confirm.</summary>
    Pending,

    /// <summary>Confirmed or recorded by the committee; has a receipt.</summary>
    Paid,
}

/// <summary>
/// One member's dues for one month. A prepayment of several months is one batch: one receipt, one row per month.
/// </summary>
public sealed record DuesPayment
{
    public required string MemberId { get; init; }

    public required DuesMonth Month { get; init; }

    /// <summary>In 元 with two places.</summary>
    public required decimal Amount { get; init; }

    public required DuesPaymentState State { get; init; }

    /// <summary>The request that recorded it (a 交党费 or 收党费 with its months); a repeated request finds it.</summary>
    public required string BatchId { get; init; }

    public required string RecordedById { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    public string? ConfirmedById { get; init; }

    public DateTimeOffset? ConfirmedAt { get; init; }

    public DuesReceipt? Receipt { get; init; }

    /// <summary>One payment per member per month.</summary>
    [JsonIgnore]
    public string Id => IdOf(MemberId, Month);

    public static string IdOf(string memberId, DuesMonth month) => memberId + ":" + month.Key;
}

/// <summary>A receipt number, counted per branch and year: 2026-0007.</summary>
public sealed record DuesReceipt(int Year, int Sequence)
{
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Year}-{Sequence:D4}");
}
