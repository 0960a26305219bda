using System.Net;
using BranchBot.BotFramework.Outgoing;

namespace BranchBot.BotFramework.WeCom;

/// <summary>
/// 企业微信 error codes (全局错误码) as the outbox understands failures: the frequency limits (45009, 45033) are throttling
/// like HTTP 429, "system busy" (-1) and unreachable hosts are transient like 5xx, a recipient the application cannot
/// reach (81013: no valid user; 60111: UserID not found; 60011: outside the application's visible range) is like 403,
/// and anything else is a request we must not repeat.
/// </summary>
public static class WeComErrors
{
    public const int SystemBusy = -1;
    public const int InvalidAccessToken = 40014;
    public const int ExpiredAccessToken = 42001;
    public const int FrequencyLimited = 45009;
    public const int ConcurrencyLimited = 45033;
    public const int NoValidRecipient = 81013;
    public const int UserNotFound = 60111;
    public const int NoPrivilege = 60011;

    public static bool IsTokenRejected(int code) => code is InvalidAccessToken or ExpiredAccessToken;

    public static ChannelDeliveryException From(string api, int code, string? message)
    {
        var (status, final) = code switch
        {
            FrequencyLimited or ConcurrencyLimited => (HttpStatusCode.TooManyRequests, false),
            SystemBusy => (HttpStatusCode.ServiceUnavailable, false),
            InvalidAccessToken or ExpiredAccessToken => (HttpStatusCode.Unauthorized, false),
            NoValidRecipient or UserNotFound => (HttpStatusCode.NotFound, true),
            NoPrivilege => (HttpStatusCode.Forbidden, true),
            _ => (HttpStatusCode.BadRequest, true),
        };
        return new ChannelDeliveryException($"WeCom {api} answered errcode {code}: {message}", status, final);
    }

    public static ChannelDeliveryException Unreachable(string api, Exception exception) =>
        new($"WeCom {api} could not be reached: {exception.Message}", HttpStatusCode.ServiceUnavailable, isFinal: false, exception);
}
