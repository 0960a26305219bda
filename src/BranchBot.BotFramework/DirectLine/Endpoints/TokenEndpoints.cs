using BranchBot.BotFramework.DirectLine.Security;
using BranchBot.BotFramework.Hosting;
using BranchBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BranchBot.BotFramework.DirectLine.Endpoints;

/// <summary>POST tokens/generate (secret) and tokens/refresh (token).</summary>
internal static class TokenEndpoints
{
    public static async Task<IResult> GenerateAsync(
        HttpRequest request,
        DirectLineAuthenticator authenticator,
        DirectLineTokenService tokens,
        IOptions<BotFrameworkOptions> limits,
        CancellationToken cancellationToken)
    {
        var caller = authenticator.Authenticate(request);
        if (!caller.Succeeded)
        {
            return caller.Failure!;
        }

        if (!caller.IsSecret)
        {
            return DirectLineErrors.SecretRequired();
        }

        var (body, error) = await JsonBody.ReadAsync<TokenGenerateRequest>(request, limits.Value.MaxRequestBodyBytes, allowEmpty: true, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var userId = body?.User?.Id;
        if (userId is not null && !DirectLineIds.IsValidUserId(userId))
        {
            return DirectLineErrors.BadArgument($"用户标识无效：最长 {DirectLineIds.MaxLength} 个字符，不能有首尾空格或控制字符。");
        }

        var issued = tokens.Issue(DirectLineIds.NewConversationId(), userId ?? DirectLineIds.NewUserId());
        return Results.Json(ConversationResponse.From(issued), BotJson.Options);
    }

    public static IResult Refresh(HttpRequest request, DirectLineAuthenticator authenticator, DirectLineTokenService tokens)
    {
        var caller = authenticator.Authenticate(request);
        if (!caller.Succeeded)
        {
            return caller.Failure!;
        }

        if (caller.Token is not { } claims)
        {
            return DirectLineErrors.TokenRequired();
        }

        return Results.Json(ConversationResponse.From(tokens.Issue(claims.ConversationId, claims.UserId)), BotJson.Options);
    }
}
