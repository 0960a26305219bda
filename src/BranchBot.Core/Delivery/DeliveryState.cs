namespace BranchBot.Core.Delivery;

/// <summary>Where one (batch, recipient) item of the outbox stands.</summary>
public enum DeliveryState
{
    /// <summary>Waiting to be sent (at or after its not-before time, possibly after a failed attempt).</summary>
    Pending,

    /// <summary>Taken by a worker and being sent now. Found in this state at start-up, it becomes <see cref="Unknown"/>.</summary>
    InFlight,

    /// <summary>The channel accepted the message on at least one of the recipient's chat accounts.</summary>
    Sent,

    /// <summary>Retries exhausted (5xx, timeouts, 429 beyond the limit).</summary>
    Failed,

    /// <summary>No chat address, or the channel answered 403/404: retrying cannot help.</summary>
    Unreachable,

    /// <summary>Was in flight when the process stopped: it may or may not have arrived, so it is not resent blindly.</summary>
    Unknown,

    /// <summary>Withdrawn (撤回) before it was sent.</summary>
    Cancelled,
}
