using System.Security.Cryptography;
using System.Text;

namespace BranchBot.Storage.LiteDb;

/// <summary>
/// LiteDB index keys must stay under 1,023 bytes, but channel, conversation and user ids come from outside and have
/// no length limit. Long keys are replaced by their SHA-256, which is unique enough and always short.
/// </summary>
internal static class LiteDbKeys
{
    private const int MaxPlainBytes = 256;

    public static string Safe(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Encoding.UTF8.GetByteCount(key) <= MaxPlainBytes
            ? key
            : "sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }
}
