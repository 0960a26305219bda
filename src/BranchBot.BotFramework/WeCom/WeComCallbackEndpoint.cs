using System.Globalization;
using System.Text;
using BranchBot.BotFramework.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BranchBot.BotFramework.WeCom;

/// <summary>
/// <c>/api/wecom</c>, the 企业微信 application's 接收消息 URL. GET verifies the URL (the decrypted <c>echostr</c> is
/// answered as plain text); POST takes an encrypted message or event, answers 200 with an empty body at once and runs
/// the turn afterwards. Refusals: 404 when the channel is off, 400 for missing or malformed parameters, 401 for a wrong
/// signature or a timestamp outside the window, 403 for a message for another corp, 413 for an oversized body.
/// </summary>
public static partial class WeComCallbackEndpoint
{
    public const string Route = "/api/wecom";

    public static IEndpointRouteBuilder MapWeCom(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, Verify);
        app.MapPost(Route, ReceiveAsync);
        return app;
    }

    private static IResult Verify(HttpRequest request, IOptions<WeComOptions> options, TimeProvider time, ILoggerFactory logs)
    {
        if (!options.Value.IsConfigured)
        {
            return Results.NotFound();
        }

        var query = request.Query;
        var check = CheckEnvelope(options.Value, time, query["msg_signature"], query["timestamp"], query["nonce"], query["echostr"]);
        if (check.Refusal is { } refusal)
        {
            LogRefused(Logger(logs), "URL verification", check.Reason!);
            return refusal;
        }

        return Results.Text(check.Message!, "text/plain", Encoding.UTF8);
    }

    private static async Task<IResult> ReceiveAsync(
        HttpRequest request, IOptions<WeComOptions> options, TimeProvider time, IWeComReceiptLog receipts, WeComTurnRunner runner, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return Results.NotFound();
        }

        var body = await RequestBodyReader.ReadAsync(request, settings.MaxRequestBodyBytes, cancellationToken);
        if (body.TooLarge)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, "请求内容过大。");
        }

        var envelope = WeComXml.ReadFields(Encoding.UTF8.GetString(body.Bytes.Span));
        if (envelope is null || !envelope.TryGetValue("Encrypt", out var encrypted))
        {
            LogRefused(Logger(logs), "callback", "body is not the platform's XML with an Encrypt field");
            return Refuse(StatusCodes.Status400BadRequest, "请求不是有效的企业微信回调。");
        }

        var query = request.Query;
        var check = CheckEnvelope(settings, time, query["msg_signature"], query["timestamp"], query["nonce"], encrypted);
        if (check.Refusal is { } refusal)
        {
            LogRefused(Logger(logs), "callback", check.Reason!);
            return refusal;
        }

        var callback = WeComCallback.Parse(check.Message!);
        if (callback is null)
        {
            LogRefused(Logger(logs), "callback", "decrypted XML has no FromUserName or MsgType");
            return Refuse(StatusCodes.Status400BadRequest, "企业微信回调内容无法识别。");
        }

        // Answered 200 whatever we make of it: the platform retries anything else, and a retry changes nothing.
        if (callback.MsgType == "event" && !callback.IsCardPress)
        {
            return Results.Text(string.Empty);
        }

        if (!await receipts.TryRecordAsync(callback.DeduplicationKey, cancellationToken))
        {
            return Results.Text(string.Empty);
        }

        // A card is pressed once: a second press of the same card (before the update reached the phone) is dropped.
        if (callback.IsCardPress && callback.TaskId is { Length: > 0 } task
            && !await receipts.TryRecordAsync($"card:{task}:{callback.FromUserName}", cancellationToken))
        {
            return Results.Text(string.Empty);
        }

        runner.Start(callback);
        return Results.Text(string.Empty);
    }

    private static EnvelopeCheck CheckEnvelope(WeComOptions settings, TimeProvider time, string? signature, string? timestamp, string? nonce, string? encrypted)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(nonce) || string.IsNullOrEmpty(encrypted))
        {
            return EnvelopeCheck.Refused(StatusCodes.Status400BadRequest, "缺少 msg_signature、timestamp、nonce 或密文。", "missing parameter");
        }

        var crypt = new WeComMessageCrypt(settings.Token!, settings.EncodingAESKey!, settings.CorpId!);
        if (!crypt.SignatureMatches(signature, timestamp, nonce, encrypted))
        {
            return EnvelopeCheck.Refused(StatusCodes.Status401Unauthorized, "签名校验失败。", "signature mismatch");
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs((time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Min(seconds, 253402300799))).Ticks) > settings.TimestampWindow.Ticks)
        {
            return EnvelopeCheck.Refused(StatusCodes.Status401Unauthorized, "时间戳已过期。", "timestamp outside the window");
        }

        var decrypted = crypt.Decrypt(encrypted);
        return decrypted.Succeeded
            ? new EnvelopeCheck(decrypted.Message, null, null)
            : EnvelopeCheck.Refused(StatusCodes.Status403Forbidden, "消息无法解密或不属于本企业。", decrypted.Refusal!);
    }

    private static IResult Refuse(int status, string message) => Results.Text(message, "text/plain; charset=utf-8", Encoding.UTF8, status);

    private static ILogger Logger(ILoggerFactory logs) => logs.CreateLogger(typeof(WeComCallbackEndpoint).FullName!);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeCom {What} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string what, string reason);

    private sealed record EnvelopeCheck(string? Message, IResult? Refusal, string? Reason)
    {
        public static EnvelopeCheck Refused(int status, string message, string reason) => new(null, Refuse(status, message), reason);
    }
}
