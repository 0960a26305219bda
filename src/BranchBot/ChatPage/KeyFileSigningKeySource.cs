using BranchBot.BotFramework.DirectLine;
using BranchBot.BotFramework.DirectLine.Security;
using BranchBot.Security;
using Microsoft.Extensions.Options;

namespace BranchBot.ChatPage;

/// <summary>
/// The Direct Line master key: derived from DirectLine:Secret when one is configured (its holders may mint tokens
/// anyway), otherwise the chat key of the signing key file, so chat-page identities and tokens survive a restart.
/// The console never uses it: it has its own key (<see cref="WebConsole.Access.ConsoleKeyRing"/>).
/// </summary>
public sealed class KeyFileSigningKeySource(IOptions<DirectLineOptions> options, SigningKeys keys) : IDirectLineSigningKeySource
{
    public byte[] GetMasterKey() => string.IsNullOrEmpty(options.Value.Secret)
        ? keys.Chat
        : new ConfiguredSigningKeySource(options).GetMasterKey();
}
