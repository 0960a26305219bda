using System.Net;
using BranchBot.BotFramework.Outgoing;

namespace BranchBot.BotFramework.DingTalk;

/// <summary>
/// The new OpenAPI's failures (an HTTP status with a JSON <c>code</c> and <c>message</c>) as the outbox understands them:
/// 429 and the QPS/flow-control codes are throttling, 5xx and unreachable hosts are transient, an invalid access token
/// (401, <c>InvalidAuthentication</c>) is fetched again by <see cref="DingTalkApi"/>, a staff id the robot cannot reach
/// is like 404, and anything else is a request we must not repeat.
/// </summary>
public static class DingTalkErrors
{
    public const string InvalidAuthentication = "InvalidAuthentication";
    public const string InvalidToken = "invalidParameter.token.invalid";
    public const string QpsLimitForApi = "Forbidden.AccessDenied.QpsLimitForApi";
    public const string QpsLimitForAppkeyAndApi = "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi";
    public const string UnknownSendResult = "unknown.send.result";

    public static bool IsTokenRejected(HttpStatusCode status, string? code) =>
        status == HttpStatusCode.Unauthorized || code is InvalidAuthentication or InvalidToken;

    public static bool IsThrottled(HttpStatusCode status, string? code) =>
        status == HttpStatusCode.TooManyRequests
        || (code is not null && (code.Contains("QpsLimit", StringComparison.OrdinalIgnoreCase) || code.Contains("Throttling", StringComparison.OrdinalIgnoreCase)
            || code.Contains("FlowControl", StringComparison.OrdinalIgnoreCase)));

    public static ChannelDeliveryException From(string api, HttpStatusCode status, string? code, string? message)
    {
        var (mapped, final) = status switch
        {
            _ when IsThrottled(status, code) => (HttpStatusCode.TooManyRequests, false),
            _ when IsTokenRejected(status, code) => (HttpStatusCode.Unauthorized, false),
            _ when (int)status >= 500 || code == UnknownSendResult => (HttpStatusCode.ServiceUnavailable, false),
            HttpStatusCode.NotFound => (HttpStatusCode.NotFound, true),
            HttpStatusCode.Forbidden => (HttpStatusCode.Forbidden, true),
            _ => (HttpStatusCode.BadRequest, true),
        };
        return new ChannelDeliveryException($"DingTalk {api} answered HTTP {(int)status} {code}: {message}", mapped, final);
    }

    /// <summary>The batch send answered 200 but named our recipient as flow-controlled (retry later) or invalid (unreachable).</summary>
    public static ChannelDeliveryException FlowControlled(string userId) =>
        new($"DingTalk flow-controlled the send to {userId}", HttpStatusCode.TooManyRequests, isFinal: false);

    public static ChannelDeliveryException InvalidRecipient(string userId) =>
        new($"DingTalk does not know staff id {userId} (invalidStaffIdList)", HttpStatusCode.NotFound, isFinal: true);

    public static ChannelDeliveryException Unreachable(string api, Exception exception) =>
        new($"DingTalk {api} could not be reached: {exception.Message}", HttpStatusCode.ServiceUnavailable, isFinal: false, exception);
}
