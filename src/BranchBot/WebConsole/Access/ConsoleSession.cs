using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BranchBot.Core.WebConsole;

namespace BranchBot.WebConsole.Access;

/// <summary>
/// The console's browser session: a signed HttpOnly cookie
/// "v2.{sessionId}.{memberId}.{startedAt ms}.{expiresAt s}.{signature}" for eight hours. Only ended sessions are stored
/// (<see cref="IConsoleSignOuts"/>, checked by <see cref="ConsoleGate"/>, which also re-reads the member every request).
/// Forms carry the framework's antiforgery token, bound to this session's id (see <see cref="ConsoleAntiforgery"/>).
/// </summary>
public sealed class ConsoleSession(ConsoleKeyRing keys, TimeProvider time)
{
    public const string CookieName = "branchbot_console";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    private const string Version = "v2";
    private const string CookiePurpose = "console-session";

    public void Start(HttpContext context, string memberId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sessionId = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));
        var now = time.GetUtcNow();
        var started = now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var expires = (now + Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signed = $"{Version}.{sessionId}.{memberId}.{started}.{expires}";
        var value = $"{signed}.{Base64Url.EncodeToString(keys.Sign(CookiePurpose, Encoding.UTF8.GetBytes(signed)))}";
        context.Response.Cookies.Append(CookieName, value, Options(context, Lifetime));
    }

    public static void End(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Delete(CookieName, Options(context, TimeSpan.Zero));
    }

    /// <summary>The session in the request's cookie, or null when there is none, it is forged or it has expired.</summary>
    public SessionClaims? Read(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parts = context.Request.Cookies[CookieName]?.Split('.');
        if (parts is not [Version, var sessionId, var memberId, var started, var expires, var signature]
            || !long.TryParse(started, NumberStyles.None, CultureInfo.InvariantCulture, out var startedAt)
            || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var expiresAt))
        {
            return null;
        }

        try
        {
            var signed = $"{Version}.{sessionId}.{memberId}.{started}.{expires}";
            if (!keys.Verify(CookiePurpose, Encoding.UTF8.GetBytes(signed), Base64Url.DecodeFromChars(signature)))
            {
                return null;
            }
        }
        catch (FormatException)
        {
            return null;
        }

        return time.GetUtcNow().ToUnixTimeSeconds() >= expiresAt
            ? null
            : new SessionClaims(sessionId, memberId, DateTimeOffset.FromUnixTimeMilliseconds(startedAt), DateTimeOffset.FromUnixTimeSeconds(expiresAt));
    }

    // Lax, not Strict: a console link opened from the chat app is a cross-site navigation, and Strict would hide
    // the session from it. Forms are protected by the antiforgery token instead.
    private static CookieOptions Options(HttpContext context, TimeSpan maxAge) => new()
    {
        HttpOnly = true,
        Secure = context.Request.IsHttps,
        SameSite = SameSiteMode.Lax,
        Path = "/console",
        MaxAge = maxAge,
        IsEssential = true,
    };
}

/// <summary>A validly signed session: who signed in and when.</summary>
public sealed record SessionClaims(string SessionId, string MemberId, DateTimeOffset StartedAt, DateTimeOffset ExpiresAt);
