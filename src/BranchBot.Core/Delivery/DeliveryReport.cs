namespace BranchBot.Core.Delivery;

/// <summary>Every recipient of a batch with its state; the counts always add up to <see cref="Total"/>.</summary>
public sealed record DeliveryReport(string BatchId, IReadOnlyList<DeliveryItemStatus> Items)
{
    public int Total => Items.Count;

    public int Count(DeliveryState state) => Items.Count(item => item.State == state);

    /// <summary>Still to be sent: pending or being sent right now.</summary>
    public int Outstanding => Items.Count(item => item.State is DeliveryState.Pending or DeliveryState.InFlight);
}
