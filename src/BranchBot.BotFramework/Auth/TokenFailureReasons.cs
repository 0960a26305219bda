using Microsoft.IdentityModel.Tokens;

namespace BranchBot.BotFramework.Auth;

/// <summary>
/// Plain English reasons for log lines. IdentityModel's own messages hide their details as PII, so the
/// exception type is what tells the reasons apart.
/// </summary>
internal static class TokenFailureReasons
{
    public static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not valid yet.",
        SecurityTokenNoExpirationException => "The token has no expiry.",
        SecurityTokenInvalidLifetimeException => "The token's lifetime is invalid.",
        SecurityTokenInvalidAudienceException => "The token's audience is not this bot's app id.",
        SecurityTokenInvalidIssuerException => "The token's issuer is not trusted.",
        SecurityTokenSignatureKeyNotFoundException => "The token is signed by a key that is not in the OpenID metadata.",
        SecurityTokenInvalidAlgorithmException => "The token is not signed with RS256.",
        SecurityTokenInvalidSignatureException => "The token's signature is invalid.",
        SecurityTokenMalformedException => "The bearer token is not a well-formed JWT.",
        null => "The token is invalid.",
        _ => $"The token is invalid ({exception.GetType().Name}).",
    };
}
