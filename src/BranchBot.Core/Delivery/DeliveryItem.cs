using System.Security.Cryptography;
using System.Text;

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
    /// <summary>
    /// The item's stable id, the same on every attempt, so a channel can recognise a second copy of one message
    /// (a retry after a timeout that the channel did in fact deliver). From (batch, member), unique in the outbox.
    /// </summary>
    public string DeliveryId => IdOf(BatchId, MemberId);

    /// <summary>"bbd-" and 32 hex digits of a hash, so batch and member ids are not shown to the channel.</summary>
    public static string IdOf(string batchId, string memberId) =>
        "bbd-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{batchId}\n{memberId}")))[..32];

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
