using BranchBot.BotFramework.DirectLine.Security;
using BranchBot.Security;

namespace BranchBot.ChatPage;

/// <summary>
/// The Direct Line master key: the chat key of the signing key file, so chat-page identities and tokens survive a
/// restart. It never depends on DirectLine:Secret (whose holders mint tokens through the server anyway): setting or
/// changing a secret later must not turn every browser's cookie into a new, unbound chat account.
/// The console never uses it: it has its own key (<see cref="WebConsole.Access.ConsoleKeyRing"/>).
/// </summary>
public sealed class KeyFileSigningKeySource(SigningKeys keys) : IDirectLineSigningKeySource
{
    public byte[] GetMasterKey() => keys.Chat;
}
