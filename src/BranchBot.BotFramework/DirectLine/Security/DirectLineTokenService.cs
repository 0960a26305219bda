using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace BranchBot.BotFramework.DirectLine.Security;

/// <summary>
/// Issues and checks self-contained Direct Line tokens: "dl1.{payload}.{signature}", the payload binding one
/// conversation and one user until an expiry, signed with HMAC-SHA256. Nothing is stored server-side.
/// </summary>
public sealed class DirectLineTokenService(SigningKeyRing keys, IOptions<DirectLineOptions> options, TimeProvider time)
{
    private const string Prefix = "dl1.";
    private const string Purpose = "directline-token";
    private const int MaxTokenLength = 2048;

    public IssuedToken Issue(string conversationId, string userId)
    {
        if (!DirectLineIds.IsValidConversationId(conversationId))
        {
            throw new ArgumentException($"'{conversationId}' is not a valid Direct Line conversation id.", nameof(conversationId));
        }

        if (!DirectLineIds.IsValidUserId(userId))
        {
            throw new ArgumentException("The user id is empty, too long or has blanks around it.", nameof(userId));
        }

        var lifetime = options.Value.TokenLifetime;
        var expiresAt = time.GetUtcNow() + lifetime;
        var payload = new TokenPayload(conversationId, userId, expiresAt.ToUnixTimeSeconds(), Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(9)));
        var signedPart = Prefix + Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload));
        var signature = keys.Sign(Purpose, Encoding.ASCII.GetBytes(signedPart));
        var token = $"{signedPart}.{Base64Url.EncodeToString(signature)}";
        return new IssuedToken(token, conversationId, userId, (int)lifetime.TotalSeconds);
    }

    public TokenCheck Validate(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength || !token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return TokenCheck.Invalid;
        }

        var lastDot = token.LastIndexOf('.');
        if (lastDot <= Prefix.Length)
        {
            return TokenCheck.Invalid;
        }

        var signedPart = token[..lastDot];
        if (!TryDecode(token[(lastDot + 1)..], out var signature)
            || !keys.Verify(Purpose, Encoding.ASCII.GetBytes(signedPart), signature)
            || !TryDecode(signedPart[Prefix.Length..], out var payloadBytes))
        {
            return TokenCheck.Invalid;
        }

        TokenPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<TokenPayload>(payloadBytes);
        }
        catch (JsonException)
        {
            return TokenCheck.Invalid;
        }

        if (payload is null || string.IsNullOrEmpty(payload.ConversationId) || string.IsNullOrEmpty(payload.UserId))
        {
            return TokenCheck.Invalid;
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(payload.ExpiresAt);
        return time.GetUtcNow() >= expiresAt
            ? TokenCheck.Expired
            : new TokenCheck(TokenStatus.Valid, new DirectLineTokenClaims(payload.ConversationId, payload.UserId, expiresAt));
    }

    private static bool TryDecode(string text, out byte[] bytes)
    {
        try
        {
            bytes = Base64Url.DecodeFromChars(text);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }

    private sealed record TokenPayload(
        [property: JsonPropertyName("c")] string ConversationId,
        [property: JsonPropertyName("u")] string UserId,
        [property: JsonPropertyName("x")] long ExpiresAt,
        [property: JsonPropertyName("n")] string Nonce);
}

/// <summary>A freshly issued token and what it binds.</summary>
public sealed record IssuedToken(string Token, string ConversationId, string UserId, int ExpiresInSeconds);

/// <summary>What a valid token proves: this caller may use this conversation as this user until the expiry.</summary>
public sealed record DirectLineTokenClaims(string ConversationId, string UserId, DateTimeOffset ExpiresAt);

public enum TokenStatus
{
    Valid,
    Invalid,
    Expired,
}

public sealed record TokenCheck(TokenStatus Status, DirectLineTokenClaims? Claims)
{
    public static TokenCheck Invalid { get; } = new(TokenStatus.Invalid, null);

    public static TokenCheck Expired { get; } = new(TokenStatus.Expired, null);
}
