namespace BranchBot.Core.Delivery;

/// <summary>
/// One (batch, member) item of the outbox as stored. <paramref name="NextAttemptAt"/> is when a worker may take it
/// (the request's not-before time, or the time of the next retry).
/// </summary>
public sealed record DeliveryItem(
    string BatchId,
    string MemberId,
    DeliveryMessage Message,
    DeliveryState State,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CompletedAt,
    string? LastError)
{
    public DeliveryItemStatus ToStatus() => new(MemberId, State, Attempts, CompletedAt, LastError);
}

/// <summary>
/// What a worker learned from one attempt, to be written back to an in-flight item: a final state, or
/// <see cref="DeliveryState.Pending"/> again with the time of the next attempt.
/// </summary>
public sealed record DeliveryItemUpdate(
    string BatchId,
    string MemberId,
    DeliveryState State,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset At,
    string? LastError);
