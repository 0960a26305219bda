using BranchBot.Core.Membership;

namespace BranchBot.Core.Dues;

/// <summary>
/// The payments one request recorded or confirmed, with their receipt (none while pending). Repeated: the request
/// had been carried out already (a 确认 pressed again), nothing was written twice.
/// </summary>
public sealed record DuesPaymentResult(Member Payer, IReadOnlyList<DuesPayment> Payments, bool Repeated = false)
{
    public decimal Total => Payments.Sum(p => p.Amount);

    public DuesReceipt? Receipt => Payments.Select(p => p.Receipt).FirstOrDefault(r => r is not null);

    public IReadOnlyList<DuesMonth> Months => [.. Payments.Select(p => p.Month).Order()];
}
