using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace BranchBot.BotFramework.DirectLine.Security;

/// <summary>
/// One HMAC-SHA256 key per purpose, all derived from the master key, so a token can never pass for a cookie.
/// </summary>
public sealed class SigningKeyRing(IDirectLineSigningKeySource source)
{
    private readonly Lazy<byte[]> _master = new(() => Validate(source.GetMasterKey()));
    private readonly ConcurrentDictionary<string, byte[]> _keys = new(StringComparer.Ordinal);

    public byte[] Sign(string purpose, ReadOnlySpan<byte> data) => HMACSHA256.HashData(KeyFor(purpose), data);

    public bool Verify(string purpose, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(KeyFor(purpose), data, expected);
        return CryptographicOperations.FixedTimeEquals(expected, signature);
    }

    private byte[] KeyFor(string purpose) => _keys.GetOrAdd(purpose, p =>
        HKDF.Expand(HashAlgorithmName.SHA256, _master.Value, 32, Encoding.UTF8.GetBytes(p)));

    private static byte[] Validate(byte[] key) => key is { Length: >= 32 }
        ? key
        : throw new InvalidOperationException("The Direct Line signing key must be at least 32 bytes.");
}
