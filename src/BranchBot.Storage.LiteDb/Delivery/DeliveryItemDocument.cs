using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;

namespace BranchBot.Storage.LiteDb.Delivery;

/// <summary>
/// One outbox item. <see cref="DueTicks"/> is the UTC ticks of the next attempt while the item is pending and
/// <see cref="long.MaxValue"/> otherwise, so one index range answers "what is due now".
/// </summary>
internal sealed class DeliveryItemDocument
{
    public const long NotDue = long.MaxValue;

    public string Id { get; set; } = string.Empty;
    public string BatchId { get; set; } = string.Empty;
    public string MemberId { get; set; } = string.Empty;
    public string Text { get; set; } = string.Empty;
    public List<DeliveryButtonDocument>? Buttons { get; set; }

    /// <summary>The only chat accounts to send to, when the message names them; null for all of the member's.</summary>
    public List<DeliveryAccountDocument>? OnlyTo { get; set; }
    public DeliveryState State { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public long DueTicks { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Enqueue order within this process, so items due at the same instant go out in the order they were queued.</summary>
    public long Sequence { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? LastError { get; set; }

    public static string IdOf(string batchId, string memberId) => LiteDbKeys.Safe(batchId + "\u001f" + memberId);

    public static DeliveryItemDocument New(DeliveryRequest request, string memberId, DateTimeOffset now, long sequence)
    {
        var notBefore = ToStoredPrecision(request.NotBefore ?? now);
        return new DeliveryItemDocument
        {
            Id = IdOf(request.BatchId, memberId),
            BatchId = request.BatchId,
            MemberId = memberId,
            Text = request.Message.Text,
            Buttons = request.Message.Buttons?.Select(b => new DeliveryButtonDocument { Title = b.Title, Value = b.Value }).ToList(),
            OnlyTo = request.Message.OnlyTo?.Select(a => new DeliveryAccountDocument { ChannelId = a.ChannelId, UserId = a.UserId }).ToList(),
            State = DeliveryState.Pending,
            NextAttemptAt = notBefore,
            DueTicks = notBefore.UtcTicks,
            CreatedAt = now,
            UpdatedAt = now,
            Sequence = sequence,
        };
    }

    /// <summary>
    /// LiteDB keeps dates to the millisecond: times are rounded up to one, so the stored next-attempt time and
    /// <see cref="DueTicks"/> agree and an item is never reported due before it is.
    /// </summary>
    public static DateTimeOffset ToStoredPrecision(DateTimeOffset time)
    {
        var extra = time.UtcTicks % TimeSpan.TicksPerMillisecond;
        return extra == 0 ? time : time.AddTicks(TimeSpan.TicksPerMillisecond - extra);
    }

    /// <summary>Sets the state and keeps <see cref="DueTicks"/> in step with it.</summary>
    public void MoveTo(DeliveryState state, DateTimeOffset at)
    {
        NextAttemptAt = ToStoredPrecision(NextAttemptAt);
        State = state;
        UpdatedAt = at;
        DueTicks = state == DeliveryState.Pending ? NextAttemptAt.UtcTicks : NotDue;
        if (state is not (DeliveryState.Pending or DeliveryState.InFlight))
        {
            CompletedAt = at;
        }
    }

    public DeliveryItem ToItem() => new(
        BatchId,
        MemberId,
        new DeliveryMessage(
            Text, Buttons?.Select(b => new DeliveryButton(b.Title, b.Value)).ToList(), OnlyTo?.Select(a => new ChatAccount(a.ChannelId, a.UserId)).ToList()),
        State,
        Attempts,
        NextAttemptAt,
        CreatedAt,
        UpdatedAt,
        CompletedAt,
        LastError);
}

internal sealed class DeliveryButtonDocument
{
    public string Title { get; set; } = string.Empty;
    public string Value { get; set; } = string.Empty;
}

internal sealed class DeliveryAccountDocument
{
    public string ChannelId { get; set; } = string.Empty;
    public string UserId { get; set; } = string.Empty;
}
