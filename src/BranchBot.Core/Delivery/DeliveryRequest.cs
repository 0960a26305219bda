namespace BranchBot.Core.Delivery;

/// <summary>
/// Asks the outbox to deliver <paramref name="Message"/> to each member once. <paramref name="BatchId"/> names the
/// reason for the send (e.g. <c>broadcast:b_123</c>, <c>meeting:{id}:r2:reminder:1.00:00:00</c>); enqueuing the same
/// (batch, member) twice keeps the first item, so callers may retry an enqueue safely.
/// <paramref name="NotBefore"/> delays sending (scheduled broadcasts); null means as soon as possible.
/// </summary>
public sealed record DeliveryRequest(
    string BatchId,
    IReadOnlyList<string> MemberIds,
    DeliveryMessage Message,
    DateTimeOffset? NotBefore = null);
