using System.Net;

namespace BranchBot.BotFramework.Outgoing;

/// <summary>
/// A send that did not reach the channel. <see cref="IsFinal"/> is true when retrying cannot help
/// (403: the user blocked the bot; 404: the conversation is gone; other 4xx: the request itself is wrong).
/// </summary>
public sealed class ChannelDeliveryException : Exception
{
    public ChannelDeliveryException() { }

    public ChannelDeliveryException(string message) : base(message) { }

    public ChannelDeliveryException(string message, Exception innerException) : base(message, innerException) { }

    public ChannelDeliveryException(string message, HttpStatusCode? statusCode, bool isFinal, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        IsFinal = isFinal;
    }

    public HttpStatusCode? StatusCode { get; }

    public bool IsFinal { get; }

    /// <summary>How long the channel asked us to wait (its Retry-After), when it said.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>True when the channel answered 429: it wants every sender to slow down.</summary>
    public bool IsThrottled => StatusCode == HttpStatusCode.TooManyRequests;

    /// <summary>True when the recipient cannot be reached at all any more (403/404).</summary>
    public bool IsRecipientUnreachable => StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound;
}
