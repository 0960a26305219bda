using System.Text.Json;
using BranchBot.BotFramework.Auth;
using BranchBot.BotFramework.Hosting;
using BranchBot.BotFramework.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BranchBot.BotFramework.Endpoints;

/// <summary>POST /api/messages: the Bot Framework channel's way in.</summary>
public static class MessagesEndpoint
{
    public const string Route = "/api/messages";

    public static IEndpointRouteBuilder MapBotFrameworkMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, HandleAsync);
        app.MapMethods(Route, ["GET", "PUT", "DELETE", "PATCH"], () => Results.StatusCode(StatusCodes.Status405MethodNotAllowed));
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        BotAdapter adapter,
        IChannelRequestAuthenticator authenticator,
        IOptions<BotFrameworkOptions> options,
        IHostEnvironment environment,
        CancellationToken cancellationToken)
    {
        if (UnauthenticatedChannelPolicy.Refuses(options.Value, environment))
        {
            return Problem(StatusCodes.Status401Unauthorized, "身份验证失败：本服务未配置 MicrosoftAppId，不接受未经验证的渠道消息。", "Unauthenticated channel requests are refused: MicrosoftAppId is not configured.");
        }

        var body = await RequestBodyReader.ReadAsync(request, options.Value.MaxRequestBodyBytes, cancellationToken);
        if (body.TooLarge)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "请求内容过大。", "Request body exceeds the limit.");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body.Bytes.Span, BotJson.Options);
        }
        catch (JsonException)
        {
            return Problem(StatusCodes.Status400BadRequest, "请求不是有效的 JSON 活动。", "Malformed JSON.");
        }

        var missing = activity is null ? "body" : ActivityValidator.FirstMissingRequiredField(activity);
        if (missing is not null)
        {
            return Problem(StatusCodes.Status400BadRequest, $"活动缺少必填字段：{missing}。", $"Missing required field '{missing}'.");
        }

        var auth = await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString(), activity!, cancellationToken);
        if (!auth.Succeeded)
        {
            // The reason is logged by the authenticator; a caller probing tokens learns nothing from the body.
            return Problem(StatusCodes.Status401Unauthorized, "身份验证失败。", "Unauthorized.");
        }

        var outcome = await adapter.ProcessActivityAsync(activity!, cancellationToken);
        if (activity!.Type == ActivityTypes.Invoke)
        {
            return outcome.InvokeResponse is { } invoke
                ? Results.Json(invoke.Body, BotJson.Options, statusCode: invoke.Status)
                : Results.StatusCode(StatusCodes.Status501NotImplemented);
        }

        return Results.Ok();
    }

    private static IResult Problem(int status, string message, string detail) =>
        Results.Json(new ErrorBody(new ErrorDetail(status.ToString(System.Globalization.CultureInfo.InvariantCulture), message, detail)), BotJson.Options, statusCode: status);

    private sealed record ErrorBody(ErrorDetail Error);

    private sealed record ErrorDetail(string Code, string Message, string Detail);
}
