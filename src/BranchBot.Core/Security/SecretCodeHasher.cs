using System.Security.Cryptography;
using System.Text;

namespace BranchBot.Core.Security;

/// <summary>The server key behind <see cref="SecretCodeHasher"/>; kept in the signing key file, never in the database.</summary>
public sealed record LookupKey(byte[] Bytes)
{
    public static LookupKey Generate() => new(RandomNumberGenerator.GetBytes(32));
}

/// <summary>
/// What the database keeps instead of a secret code (invite codes, calendar tokens): "h1:" and the HMAC-SHA256 of the
/// code under the server's lookup key. Lookups go by the hash. Keyed, because an 8-character invite code (about 40
/// bits) is brute-forced from a plain SHA-256 in minutes; without the key a copy of the database gives nothing away.
/// </summary>
public sealed class SecretCodeHasher(LookupKey key)
{
    public const string Prefix = "h1:";

    public string Hash(string purpose, string code)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        ArgumentNullException.ThrowIfNull(code);
        return Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(key.Bytes, Encoding.UTF8.GetBytes($"{purpose}\n{code}")));
    }

    /// <summary>True for a stored value written by <see cref="Hash"/>; false for a code stored in plain text by an older version.</summary>
    public static bool IsHash(string stored) => stored.StartsWith(Prefix, StringComparison.Ordinal);
}
