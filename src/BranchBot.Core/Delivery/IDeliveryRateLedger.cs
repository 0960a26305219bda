namespace BranchBot.Core.Delivery;

/// <summary>
/// The send rate of the whole deployment when several instances share one outbox: send slots handed out from one
/// place, so <c>Broadcast:MaxPerSecond</c> is a limit for all instances together. One instance alone has none.
/// </summary>
public interface IDeliveryRateLedger
{
    /// <summary>The first of <paramref name="tokens"/> consecutive slots, <paramref name="interval"/> apart, that no other instance holds.</summary>
    ValueTask<DateTimeOffset> TakeAsync(int tokens, TimeSpan interval, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>No instance is handed a slot before <paramref name="until"/> (a channel's Retry-After).</summary>
    ValueTask PauseUntilAsync(DateTimeOffset until, CancellationToken cancellationToken);
}
