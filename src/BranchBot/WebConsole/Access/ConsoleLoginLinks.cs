using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using BranchBot.Core;
using BranchBot.Core.Membership;

namespace BranchBot.WebConsole.Access;

/// <summary>
/// One-time console login links: "cl1.{payload}.{signature}", the payload naming one member, a random link id and
/// an expiry ten minutes ahead, signed with HMAC-SHA256 from the console's own key ring (<see cref="ConsoleKeyRing"/>, so a
/// chat token can never pass for a console link). Which ids were used is kept by <see cref="Core.WebConsole.IConsoleLoginLedger"/>.
/// </summary>
public sealed class ConsoleLoginLinks(ConsoleKeyRing keys, IPublicBaseUrl publicBaseUrl, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public const string LoginPath = "/console/login";

    private const string Prefix = "cl1.";
    private const string Purpose = "console-login-link";
    private const int MaxTokenLength = 512;

    /// <summary>The absolute link to send to <paramref name="member"/> in chat.</summary>
    public string LinkFor(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var payload = new LinkPayload(member.Id, (time.GetUtcNow() + Lifetime).ToUnixTimeSeconds(), Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12)));
        var signedPart = Prefix + Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload));
        var token = $"{signedPart}.{Base64Url.EncodeToString(keys.Sign(Purpose, Encoding.ASCII.GetBytes(signedPart)))}";
        return $"{publicBaseUrl.Get()}{LoginPath}?token={token}";
    }

    public LoginLinkCheck Check(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength || !token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return LoginLinkCheck.Invalid;
        }

        var lastDot = token.LastIndexOf('.');
        if (lastDot <= Prefix.Length)
        {
            return LoginLinkCheck.Invalid;
        }

        var signedPart = token[..lastDot];
        try
        {
            if (!keys.Verify(Purpose, Encoding.ASCII.GetBytes(signedPart), Base64Url.DecodeFromChars(token.AsSpan(lastDot + 1))))
            {
                return LoginLinkCheck.Invalid;
            }

            var payload = JsonSerializer.Deserialize<LinkPayload>(Base64Url.DecodeFromChars(signedPart.AsSpan(Prefix.Length)));
            if (payload is null || string.IsNullOrEmpty(payload.MemberId) || string.IsNullOrEmpty(payload.LinkId))
            {
                return LoginLinkCheck.Invalid;
            }

            var expiresAt = DateTimeOffset.FromUnixTimeSeconds(payload.ExpiresAt);
            var status = time.GetUtcNow() >= expiresAt ? LoginLinkStatus.Expired : LoginLinkStatus.Valid;
            return new LoginLinkCheck(status, payload.MemberId, payload.LinkId, expiresAt);
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return LoginLinkCheck.Invalid;
        }
    }

    private sealed record LinkPayload(
        [property: JsonPropertyName("m")] string MemberId,
        [property: JsonPropertyName("x")] long ExpiresAt,
        [property: JsonPropertyName("n")] string LinkId);
}

public enum LoginLinkStatus
{
    Valid,
    Invalid,
    Expired,
}

/// <summary>What a signed link says (member and link id are set for valid and expired links alike).</summary>
public sealed record LoginLinkCheck(LoginLinkStatus Status, string? MemberId, string? LinkId, DateTimeOffset ExpiresAt)
{
    public static LoginLinkCheck Invalid { get; } = new(LoginLinkStatus.Invalid, null, null, DateTimeOffset.MinValue);
}
