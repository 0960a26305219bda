using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace BranchBot.BotFramework.DirectLine.Security;

/// <summary>Derives the master key from DirectLine:Secret; without a secret a random key lives as long as the process.</summary>
public sealed class ConfiguredSigningKeySource(IOptions<DirectLineOptions> options) : IDirectLineSigningKeySource
{
    private static readonly byte[] DerivationLabel = "BranchBot Direct Line master key"u8.ToArray();

    public byte[] GetMasterKey()
    {
        var secret = options.Value.Secret;
        return string.IsNullOrEmpty(secret)
            ? RandomNumberGenerator.GetBytes(32)
            : HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret), 32, salt: null, info: DerivationLabel);
    }
}
