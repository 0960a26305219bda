using System.Security.Cryptography;
using System.Text;

namespace BranchBot.Core.Security;

/// <summary>
/// One 256-bit AES key and the id written beside every value it encrypts. Ids are short and made of letters, digits,
/// '-' and '_' so they fit in the <c>enc:v1:{keyId}:…</c> format; by default the id is a fingerprint of the key, so a
/// new key gets a new id without anyone choosing one.
/// </summary>
public sealed class ContentKey
{
    public const int SizeInBytes = 32;
    private const int MaxIdLength = 32;

    private readonly byte[] _material;

    public ContentKey(string id, ReadOnlySpan<byte> material)
    {
        if (!IsValidId(id))
        {
            throw new ArgumentException($"A content key id is 1–{MaxIdLength} letters, digits, '-' or '_'; got '{id}'.", nameof(id));
        }

        if (material.Length != SizeInBytes)
        {
            throw new ArgumentException($"A content key is {SizeInBytes} bytes (256 bits); got {material.Length}.", nameof(material));
        }

        Id = id;
        _material = material.ToArray();
    }

    public string Id { get; }

    internal ReadOnlySpan<byte> Material => _material;

    /// <summary>A new random key whose id is its fingerprint.</summary>
    public static ContentKey Generate()
    {
        var material = RandomNumberGenerator.GetBytes(SizeInBytes);
        return new ContentKey(FingerprintOf(material), material);
    }

    /// <summary>Reads a base64 key; <paramref name="id"/> defaults to the key's fingerprint.</summary>
    public static ContentKey FromBase64(string base64, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(base64);
        byte[] material;
        try
        {
            material = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException exception)
        {
            throw new FormatException("A content key must be base64 text of 32 random bytes (for example: openssl rand -base64 32).", exception);
        }

        if (material.Length != SizeInBytes)
        {
            throw new FormatException($"A content key must be {SizeInBytes} bytes (256 bits) in base64; this one is {material.Length} bytes.");
        }

        return new ContentKey(string.IsNullOrWhiteSpace(id) ? FingerprintOf(material) : id.Trim(), material);
    }

    public string ToBase64() => Convert.ToBase64String(_material);

    /// <summary>
    /// "k" and 8 hex digits of a SHA-256 over a label and the key: names the key in stored values without revealing
    /// anything usable about it.
    /// </summary>
    public static string FingerprintOf(ReadOnlySpan<byte> material)
    {
        var label = Encoding.ASCII.GetBytes("BranchBot content key id v1");
        var input = new byte[label.Length + material.Length];
        label.CopyTo(input, 0);
        material.CopyTo(input.AsSpan(label.Length));
        var hash = SHA256.HashData(input);
        CryptographicOperations.ZeroMemory(input);
        return "k" + Convert.ToHexStringLower(hash.AsSpan(0, 4));
    }

    public static bool IsValidId(string? id) =>
        id is { Length: > 0 and <= MaxIdLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>Two keys are the same when id and material match.</summary>
    public bool SameAs(ContentKey other) =>
        other is not null && Id == other.Id && CryptographicOperations.FixedTimeEquals(_material, other._material);
}
