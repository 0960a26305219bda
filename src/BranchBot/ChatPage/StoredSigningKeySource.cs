using System.Security.Cryptography;
using BranchBot.BotFramework.DirectLine;
using BranchBot.BotFramework.DirectLine.Security;
using BranchBot.Core.Security;
using Microsoft.Extensions.Options;

namespace BranchBot.ChatPage;

/// <summary>
/// The Direct Line master key: derived from DirectLine:Secret when one is configured, otherwise generated once and
/// kept in the database, so chat-page identities and tokens survive a restart.
/// </summary>
public sealed class StoredSigningKeySource(IOptions<DirectLineOptions> options, ISecretStore secrets) : IDirectLineSigningKeySource
{
    private const string SecretName = "directline-master-key";

    public byte[] GetMasterKey() => string.IsNullOrEmpty(options.Value.Secret)
        ? secrets.GetOrCreate(SecretName, () => RandomNumberGenerator.GetBytes(32))
        : new ConfiguredSigningKeySource(options).GetMasterKey();
}
