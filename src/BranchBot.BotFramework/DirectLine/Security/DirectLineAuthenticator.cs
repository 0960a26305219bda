using System.Security.Cryptography;
using System.Text;
using BranchBot.BotFramework.DirectLine.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BranchBot.BotFramework.DirectLine.Security;

/// <summary>
/// Reads "Authorization: Bearer &lt;secret|token&gt;" the way the Direct Line service does: nothing there is 401,
/// anything wrong (bad or expired token, wrong secret, token of another conversation) is 403.
/// </summary>
internal sealed class DirectLineAuthenticator(DirectLineTokenService tokens, IOptions<DirectLineOptions> options)
{
    private const string Scheme = "Bearer ";

    public DirectLineCaller Authenticate(HttpRequest request) => AuthenticateBearer(BearerValue(request));

    /// <summary>Authenticates a caller that must be allowed into <paramref name="conversationId"/>.</summary>
    public DirectLineCaller AuthenticateFor(HttpRequest request, string conversationId) =>
        AuthenticateBearer(BearerValue(request)).RestrictTo(conversationId);

    public DirectLineCaller AuthenticateBearer(string? credential)
    {
        if (string.IsNullOrWhiteSpace(credential))
        {
            return DirectLineCaller.Fail(DirectLineErrors.MissingAuthorization());
        }

        if (IsSecret(credential))
        {
            return DirectLineCaller.Secret;
        }

        var check = tokens.Validate(credential);
        return check.Status switch
        {
            TokenStatus.Valid => DirectLineCaller.ForToken(check.Claims!),
            TokenStatus.Expired => DirectLineCaller.Fail(DirectLineErrors.TokenExpired()),
            _ => DirectLineCaller.Fail(DirectLineErrors.InvalidToken()),
        };
    }

    public bool IsSecret(string credential)
    {
        var secret = options.Value.Secret;
        return !string.IsNullOrEmpty(secret)
            && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(credential)), SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    /// <summary>The credential after "Bearer ", or null when there is none.</summary>
    public static string? BearerValue(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : null;
    }
}

/// <summary>Who is calling: the secret holder (trusted server), a token holder, or nobody valid (with the answer to give).</summary>
internal sealed record DirectLineCaller(IResult? Failure, bool IsSecret, DirectLineTokenClaims? Token)
{
    public static DirectLineCaller Secret { get; } = new(null, true, null);

    public bool Succeeded => Failure is null;

    public static DirectLineCaller ForToken(DirectLineTokenClaims claims) => new(null, false, claims);

    public static DirectLineCaller Fail(IResult failure) => new(failure, false, null);

    public DirectLineCaller RestrictTo(string conversationId) =>
        Token is not null && !string.Equals(Token.ConversationId, conversationId, StringComparison.Ordinal)
            ? Fail(DirectLineErrors.WrongConversation())
            : this;
}
