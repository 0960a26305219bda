using System.Security.Cryptography;
using System.Text;

namespace BranchBot.Core.Security;

/// <summary>
/// AES-256-GCM with a random 12-byte nonce per value. Output: <c>enc:v1:{keyId}:{base64(nonce | ciphertext | tag)}</c>.
/// The prefix and key id are authenticated as associated data, so a value cannot be relabelled to another key, and any
/// change to a stored value makes <see cref="Unprotect"/> throw rather than return something wrong.
/// </summary>
public sealed class AesGcmContentProtector(ContentKeyRing keys) : IContentProtector
{
    public const string Prefix = "enc:v1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public string Protect(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var key = keys.Current;
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var sealedBytes = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(key.Material, TagSize))
        {
            aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length), AssociatedData(key.Id));
        }

        CryptographicOperations.ZeroMemory(plain);
        return $"{Prefix}{key.Id}:{Convert.ToBase64String(sealedBytes)}";
    }

    public string Unprotect(string protectedText)
    {
        ArgumentNullException.ThrowIfNull(protectedText);
        var (keyId, payload) = Parse(protectedText);
        if (!keys.TryFind(keyId, out var key))
        {
            throw new CryptographicException($"Protected content was written with key '{keyId}', which is not configured.");
        }

        var sealedBytes = DecodePayload(payload);
        var plainLength = sealedBytes.Length - NonceSize - TagSize;
        var plain = new byte[plainLength];
        using (var aes = new AesGcm(key.Material, TagSize))
        {
            // Throws AuthenticationTagMismatchException (a CryptographicException) when anything was changed.
            aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, plainLength), sealedBytes.AsSpan(NonceSize + plainLength), plain, AssociatedData(keyId));
        }

        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(plain);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }

    /// <summary>True when <paramref name="value"/> looks like this protector's output (says nothing about which key).</summary>
    public static bool IsProtected(string? value) => value is not null && value.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The id of the key a protected value was written with, or null when it is not protected text.</summary>
    public static string? KeyIdOf(string? value)
    {
        if (!IsProtected(value))
        {
            return null;
        }

        var end = value!.IndexOf(':', Prefix.Length);
        return end > Prefix.Length ? value[Prefix.Length..end] : null;
    }

    /// <summary>True when the value was written with another key than the current one and should be re-encrypted.</summary>
    public bool NeedsReencryption(string value) => KeyIdOf(value) is { } id && id != keys.Current.Id;

    private static (string KeyId, string Payload) Parse(string protectedText)
    {
        if (!IsProtected(protectedText))
        {
            throw new CryptographicException("The value is not protected content (it does not start with 'enc:v1:').");
        }

        var separator = protectedText.IndexOf(':', Prefix.Length);
        if (separator <= Prefix.Length)
        {
            throw new CryptographicException("Protected content is malformed: no key id.");
        }

        return (protectedText[Prefix.Length..separator], protectedText[(separator + 1)..]);
    }

    private static byte[] DecodePayload(string payload)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(payload);
        }
        catch (FormatException exception)
        {
            throw new CryptographicException("Protected content is malformed: the payload is not base64.", exception);
        }

        if (bytes.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("Protected content is malformed: the payload is too short.");
        }

        return bytes;
    }

    private static byte[] AssociatedData(string keyId) => Encoding.ASCII.GetBytes($"{Prefix}{keyId}");
}
