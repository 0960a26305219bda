using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BranchBot.BotFramework.DingTalk;

/// <summary>
/// The robot callback's <c>timestamp</c> and <c>sign</c> headers: sign = Base64(HMAC-SHA256 keyed with the AppSecret over
/// <c>timestamp + "\n" + AppSecret</c>), timestamp in milliseconds and within <see cref="DingTalkOptions.TimestampWindow"/>
/// of our clock. The signature does not cover the body; see docs/channels.md.
/// </summary>
public static class DingTalkSignature
{
    public static string Compute(string timestamp, string appSecret)
    {
        ArgumentNullException.ThrowIfNull(timestamp);
        ArgumentNullException.ThrowIfNull(appSecret);
        var key = Encoding.UTF8.GetBytes(appSecret);
        return Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(timestamp + "\n" + appSecret)));
    }

    public static bool Matches(string sign, string timestamp, string appSecret)
    {
        ArgumentNullException.ThrowIfNull(sign);
        var expected = Encoding.ASCII.GetBytes(Compute(timestamp, appSecret));
        // Some gateways pass the value URL-encoded, as the custom robot's webhook query parameter is.
        var given = Encoding.ASCII.GetBytes(sign.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(sign) : sign);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    public static bool IsFresh(string timestamp, DateTimeOffset now, TimeSpan window) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
        && milliseconds <= 253402300799999
        && (now - DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)).Duration() <= window;
}
