using System.Buffers.Text;
using System.Text;
using BranchBot.BotFramework.DirectLine;
using BranchBot.BotFramework.DirectLine.Security;

namespace BranchBot.ChatPage;

/// <summary>
/// The chat page's account for one browser: a random id in an HttpOnly cookie signed with the Direct Line key ring.
/// The same browser is the same chat user across reloads, and across restarts when the signing key is persisted
/// (the host-supplied <see cref="IDirectLineSigningKeySource"/> reads it from the signing key file).
/// <paramref name="earlierKeys"/> still verifies cookies signed before (versions that derived the key from
/// DirectLine:Secret); <see cref="Resolve"/> re-signs them with the current key.
/// </summary>
public sealed class ChatUserCookie(SigningKeyRing keys, SigningKeyRing? earlierKeys = null)
{
    public const string CookieName = "branchbot_chat";
    private const string Purpose = "chat-user-cookie";
    private const string Version = "v1";

    /// <summary>Browsers cap cookie lifetimes at 400 days; the cookie is renewed on every visit.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(400);

    /// <summary>The browser's chat identity, creating one when the cookie is missing or forged; the cookie is (re)issued.</summary>
    public ChatIdentity Resolve(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var identity = Read(context.Request.Cookies[CookieName]) ?? new ChatIdentity(DirectLineIds.Random());
        context.Response.Cookies.Append(CookieName, Write(identity), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            MaxAge = Lifetime,
            IsEssential = true,
        });
        return identity;
    }

    private ChatIdentity? Read(string? cookie)
    {
        var parts = cookie?.Split('.');
        if (parts is not [Version, var key, var signature] || key.Length > DirectLineIds.MaxLength / 2)
        {
            return null;
        }

        try
        {
            var signed = Encoding.ASCII.GetBytes($"{Version}.{key}");
            var signatureBytes = Base64Url.DecodeFromChars(signature);
            return (keys.Verify(Purpose, signed, signatureBytes) || earlierKeys?.Verify(Purpose, signed, signatureBytes) == true)
                && DirectLineIds.IsValidConversationId(key)
                ? new ChatIdentity(key)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private string Write(ChatIdentity identity)
    {
        var signed = $"{Version}.{identity.Key}";
        return $"{signed}.{Base64Url.EncodeToString(keys.Sign(Purpose, Encoding.ASCII.GetBytes(signed)))}";
    }
}

/// <summary>
/// One browser's chat account: its Direct Line user id and its own conversation, both derived from one random key,
/// so every tab of that browser shares the conversation and the bot keeps its state for it after a restart.
/// </summary>
public sealed record ChatIdentity(string Key)
{
    public string UserId => $"web-{Key}";

    public string ConversationId => $"webchat-{Key}";
}
