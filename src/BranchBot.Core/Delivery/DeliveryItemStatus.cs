namespace BranchBot.Core.Delivery;

/// <summary>One recipient's line in a batch report.</summary>
public sealed record DeliveryItemStatus(
    string MemberId,
    DeliveryState State,
    int Attempts,
    DateTimeOffset? CompletedAt,
    string? LastError);
