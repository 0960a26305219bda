using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace BranchBot.BotFramework.WeCom;

/// <summary>
/// 企业微信 callback crypto (加解密方案说明): msg_signature is the SHA1 of token, timestamp, nonce and the encrypted text
/// sorted as strings; the AES key is Base64(EncodingAESKey + "="), 32 bytes, used with CBC, the IV its first 16 bytes,
/// PKCS#7 padding to a multiple of 32 bytes; the plaintext is 16 random bytes, the message length as 4 bytes big-endian,
/// the message and the receive id (the CorpID for a self-built application).
/// </summary>
public sealed class WeComMessageCrypt
{
    private const int RandomPrefixLength = 16;
    private const int PaddingBlock = 32;
    private readonly string _token;
    private readonly byte[] _key;
    private readonly string _receiveId;

    public WeComMessageCrypt(string token, string encodingAesKey, string receiveId)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(receiveId);
        _token = token;
        _key = DecodeKey(encodingAesKey) ?? throw new ArgumentException("The EncodingAESKey must be 43 Base64 characters (a 32-byte key).", nameof(encodingAesKey));
        _receiveId = receiveId;
    }

    /// <summary>The 32-byte key of a 43-character EncodingAESKey, or null when it is not one.</summary>
    public static byte[]? DecodeKey(string? encodingAesKey)
    {
        if (encodingAesKey is not { Length: 43 })
        {
            return null;
        }

        var buffer = new byte[33];
        return Convert.TryFromBase64String(encodingAesKey + "=", buffer, out var written) && written == 32 ? buffer[..32] : null;
    }

    public string Sign(string timestamp, string nonce, string encrypted)
    {
        string[] parts = [_token, timestamp, nonce, encrypted];
        Array.Sort(parts, StringComparer.Ordinal);
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts)));
        return Convert.ToHexStringLower(hash);
    }

    public bool SignatureMatches(string? signature, string timestamp, string nonce, string encrypted) =>
        signature is { Length: 40 }
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(signature.ToLowerInvariant()), Encoding.ASCII.GetBytes(Sign(timestamp, nonce, encrypted)));

    /// <summary>Encrypts a message as the platform does (the fake platform and tests use it; so would a passive reply).</summary>
    public string Encrypt(string message, ReadOnlySpan<byte> randomPrefix = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = Encoding.UTF8.GetBytes(message);
        var receiveId = Encoding.UTF8.GetBytes(_receiveId);
        var plainLength = RandomPrefixLength + 4 + body.Length + receiveId.Length;
        var pad = PaddingBlock - (plainLength % PaddingBlock);
        var plain = new byte[plainLength + pad];
        if (randomPrefix.Length == RandomPrefixLength)
        {
            randomPrefix.CopyTo(plain);
        }
        else
        {
            RandomNumberGenerator.Fill(plain.AsSpan(0, RandomPrefixLength));
        }

        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(RandomPrefixLength, 4), body.Length);
        body.CopyTo(plain, RandomPrefixLength + 4);
        receiveId.CopyTo(plain, RandomPrefixLength + 4 + body.Length);
        plain.AsSpan(plainLength).Fill((byte)pad);

        using var aes = Aes.Create();
        aes.Key = _key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, _key.AsSpan(0, 16), PaddingMode.None));
    }

    /// <summary>The message inside <paramref name="encrypted"/>, or why it was refused.</summary>
    public WeComDecryption Decrypt(string? encrypted)
    {
        if (string.IsNullOrEmpty(encrypted))
        {
            return WeComDecryption.Refused("empty ciphertext");
        }

        byte[] cipher;
        try
        {
            cipher = Convert.FromBase64String(encrypted);
        }
        catch (FormatException)
        {
            return WeComDecryption.Refused("ciphertext is not Base64");
        }

        if (cipher.Length == 0 || cipher.Length % 16 != 0)
        {
            return WeComDecryption.Refused("ciphertext is not a whole number of AES blocks");
        }

        using var aes = Aes.Create();
        aes.Key = _key;
        var plain = aes.DecryptCbc(cipher, _key.AsSpan(0, 16), PaddingMode.None);
        var pad = plain[^1];
        if (pad is < 1 or > PaddingBlock || pad > plain.Length || plain.AsSpan(plain.Length - pad).ContainsAnyExcept(pad))
        {
            return WeComDecryption.Refused("bad padding");
        }

        var content = plain.AsSpan(0, plain.Length - pad);
        if (content.Length < RandomPrefixLength + 4)
        {
            return WeComDecryption.Refused("plaintext too short");
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(content.Slice(RandomPrefixLength, 4));
        if (length < 0 || length > content.Length - RandomPrefixLength - 4)
        {
            return WeComDecryption.Refused("message length out of range");
        }

        var message = content.Slice(RandomPrefixLength + 4, length);
        var receiveId = content[(RandomPrefixLength + 4 + length)..];
        if (!receiveId.SequenceEqual(Encoding.UTF8.GetBytes(_receiveId)))
        {
            return WeComDecryption.Refused("receive id is not this CorpID");
        }

        try
        {
            return WeComDecryption.Ok(new UTF8Encoding(false, true).GetString(message));
        }
        catch (DecoderFallbackException)
        {
            return WeComDecryption.Refused("message is not UTF-8");
        }
    }
}

/// <summary>The result of <see cref="WeComMessageCrypt.Decrypt"/>: the message, or the reason it was refused (for the log).</summary>
public sealed record WeComDecryption(string? Message, string? Refusal)
{
    public bool Succeeded => Message is not null;

    public static WeComDecryption Ok(string message) => new(message, null);

    public static WeComDecryption Refused(string reason) => new(null, reason);
}
