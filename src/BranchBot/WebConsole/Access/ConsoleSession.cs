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
/// Forms carry a per-session CSRF token derived from the session id with its own key.
/// </summary>
public sealed class ConsoleSession(ConsoleKeyRing keys, TimeProvider time)
{
    public const string CookieName = "branchbot_console";
    public const string CsrfField = "csrf";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    private const string Version = "v2";
    private const string CookiePurpose = "console-session";
    private const string CsrfPurpose = "console-csrf";

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
            : new SessionClaims(sessionId, memberId, CsrfToken(sessionId), DateTimeOffset.FromUnixTimeMilliseconds(startedAt), DateTimeOffset.FromUnixTimeSeconds(expiresAt));
    }

    /// <summary>Whether a form's CSRF field belongs to this session.</summary>
    public static bool CsrfMatches(SessionClaims session, string? submitted)
    {
        ArgumentNullException.ThrowIfNull(session);
        return submitted is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(session.CsrfToken), Encoding.ASCII.GetBytes(submitted));
    }

    private string CsrfToken(string sessionId) =>
        Base64Url.EncodeToString(keys.Sign(CsrfPurpose, Encoding.ASCII.GetBytes(sessionId)));

    // Lax, not Strict: a console link opened from the chat app is a cross-site navigation, and Strict would hide
    // the session from it. Forms are protected by the CSRF token instead.
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

/// <summary>A validly signed session: who signed in and when, and the CSRF token their forms must carry.</summary>
public sealed record SessionClaims(string SessionId, string MemberId, string CsrfToken, DateTimeOffset StartedAt, DateTimeOffset ExpiresAt);
