namespace BranchBot.BotFramework.DirectLine.Security;

/// <summary>
/// The master key behind Direct Line tokens and the chat page's user cookie. Register your own implementation
/// (for example one that reads a generated key from an owner-only key file) to keep tokens and chat identities valid across
/// restarts when no DirectLine:Secret is configured.
/// </summary>
public interface IDirectLineSigningKeySource
{
    /// <summary>At least 32 bytes; called once per process.</summary>
    byte[] GetMasterKey();
}
