using System.Text.Json.Serialization;
using BranchBot.Core.Knowledge.Dues;

namespace BranchBot.Core.Dues;

/// <summary>
/// A member's 交纳基数 from a month on (第十条: a changed income counts from the month it is paid), who set it and
/// when. The monthly amount comes from the one <see cref="DuesCalculator"/>; a 农民 member's amount within 0.2–1 元
/// may be fixed by the branch.
/// </summary>
public sealed record DuesBase
{
    public required string MemberId { get; init; }

    public required DuesMonth EffectiveFrom { get; init; }

    public required DuesStatus Status { get; init; }

    /// <summary>Salary or pension after tax, in 元 with two places; null for the fixed-amount statuses.</summary>
    public decimal? MonthlyIncome { get; init; }

    /// <summary>A 农民 member's amount chosen by the branch (0.2–1 元); null takes the lower end.</summary>
    public decimal? FixedAmount { get; init; }

    public required string SetById { get; init; }

    public required DateTimeOffset SetAt { get; init; }

    /// <summary>One base per member per month: setting it again in the same month replaces it.</summary>
    [JsonIgnore]
    public string Id => IdOf(MemberId, EffectiveFrom);

    [JsonIgnore]
    public DuesQuote Quote => DuesCalculator.Calculate(Status.PayerKind(), MonthlyIncome);

    /// <summary>What the member owes each month, in 元 with two places.</summary>
    [JsonIgnore]
    public decimal MonthlyAmount => decimal.Round(FixedAmount ?? Quote.Amount, 2);

    public static string IdOf(string memberId, DuesMonth from) => memberId + ":" + from.Key;
}
