using BranchBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;

namespace BranchBot.BotFramework.DirectLine.Endpoints;

/// <summary>
/// Error answers in the Direct Line shape <c>{"error": {"code", "message"}}</c>: the code for machines,
/// the message in Chinese for people.
/// </summary>
internal static class DirectLineErrors
{
    public static IResult MissingAuthorization() =>
        Error(StatusCodes.Status401Unauthorized, "Unauthorized", "缺少身份凭据：请在 Authorization 头中提供 Bearer 令牌。");

    public static IResult InvalidToken() =>
        Error(StatusCodes.Status403Forbidden, "BadToken", "令牌无效。");

    public static IResult TokenExpired() =>
        Error(StatusCodes.Status403Forbidden, "TokenExpired", "令牌已过期，请重新获取。");

    public static IResult SecretRequired() =>
        Error(StatusCodes.Status403Forbidden, "Forbidden", "此操作需要 Direct Line 密钥；本服务未启用密钥或密钥不正确。");

    public static IResult TokenRequired() =>
        Error(StatusCodes.Status403Forbidden, "Forbidden", "此操作需要令牌，不能使用密钥。");

    public static IResult WrongConversation() =>
        Error(StatusCodes.Status403Forbidden, "Forbidden", "该令牌不属于这个会话。");

    public static IResult ConversationNotFound() =>
        Error(StatusCodes.Status404NotFound, "NotFound", "会话不存在或已过期，请重新连接。");

    public static IResult MalformedJson() =>
        Error(StatusCodes.Status400BadRequest, "BadSyntax", "请求内容不是有效的 JSON。");

    public static IResult BadArgument(string message) =>
        Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult MissingProperty(string property) =>
        Error(StatusCodes.Status400BadRequest, "MissingProperty", $"活动缺少必填字段：{property}。");

    public static IResult TooLarge() =>
        Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "请求内容过大。");

    public static IResult BotFailed() =>
        Error(StatusCodes.Status502BadGateway, "BotError", "机器人处理这条消息时出错，请稍后再试。");

    public static IResult TooManyStreams() =>
        Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "这个会话打开的连接过多，请关闭其他窗口后重试。");

    public static IResult StoreUnavailable() =>
        Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "会话暂时无法读写，请稍后再试。");

    public static IResult WebSocketRequired() =>
        Error(StatusCodes.Status400BadRequest, "BadArgument", "此地址只接受 WebSocket 连接。");

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new ErrorResponse(new ErrorDetail(code, message)), BotJson.Options, statusCode: status);

    private sealed record ErrorResponse(ErrorDetail Error);

    private sealed record ErrorDetail(string Code, string Message);
}
