using System.Text;
using BranchBot.BotFramework.Endpoints;
using BranchBot.BotFramework.WeCom;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BranchBot.BotFramework.DingTalk;

/// <summary>
/// <c>/api/dingtalk</c>, the robot's 消息接收地址 (HTTP 回调模式). A signed message is answered 200 at once and its turn
/// runs afterwards; in a group chat only a message that @-mentions the robot is taken; a redelivered msgId is taken
/// once. Refusals: 404 when the channel is off, 401 for a missing or wrong signature or a timestamp outside the window,
/// 403 for another robot's message, 413 for an oversized body, 400 for a body that is not the robot's JSON.
/// </summary>
public static partial class DingTalkCallbackEndpoint
{
    public const string Route = "/api/dingtalk";

    public static IEndpointRouteBuilder MapDingTalk(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, ReceiveAsync);
        return app;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpRequest request, IOptions<DingTalkOptions> options, TimeProvider time, IWeComReceiptLog receipts, DingTalkTurnRunner runner, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return Results.NotFound();
        }

        var logger = logs.CreateLogger(typeof(DingTalkCallbackEndpoint).FullName!);
        var timestamp = request.Headers["timestamp"].ToString();
        var sign = request.Headers["sign"].ToString();
        if (timestamp.Length == 0 || sign.Length == 0 || !DingTalkSignature.Matches(sign, timestamp, settings.AppSecret!))
        {
            LogRefused(logger, "missing or wrong sign");
            return Refuse(StatusCodes.Status401Unauthorized, "签名校验失败。");
        }

        if (!DingTalkSignature.IsFresh(timestamp, time.GetUtcNow(), settings.TimestampWindow))
        {
            LogRefused(logger, "timestamp outside the window");
            return Refuse(StatusCodes.Status401Unauthorized, "时间戳已过期。");
        }

        var body = await RequestBodyReader.ReadAsync(request, settings.MaxRequestBodyBytes, cancellationToken);
        if (body.TooLarge)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, "请求内容过大。");
        }

        var callback = DingTalkCallback.Parse(body.Bytes.Span);
        if (callback is null)
        {
            LogRefused(logger, "body is not robot JSON with msgId, senderStaffId and msgtype");
            return Refuse(StatusCodes.Status400BadRequest, "请求不是有效的钉钉机器人消息。");
        }

        if (callback.RobotCode is { Length: > 0 } robot && robot != settings.RobotCode)
        {
            LogRefused(logger, "message for another robot");
            return Refuse(StatusCodes.Status403Forbidden, "消息不属于本机器人。");
        }

        // Answered 200 whatever we make of it: the platform redelivers anything else, and a redelivery changes nothing.
        if (callback.IsGroup && !callback.IsInAtList)
        {
            return Results.Json(new { });
        }

        if (await receipts.TryRecordAsync($"dingtalk:msg:{callback.MsgId}", cancellationToken))
        {
            runner.Start(callback);
        }

        return Results.Json(new { });
    }

    private static IResult Refuse(int status, string message) => Results.Text(message, "text/plain; charset=utf-8", Encoding.UTF8, status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "DingTalk callback refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
