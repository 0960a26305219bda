namespace BranchBot.Core.Security;

/// <summary>Keys the server generates once and must keep across restarts (the chat page's signing key, for one).</summary>
public interface ISecretStore
{
    /// <summary>The stored secret of that name; created with <paramref name="create"/> and stored the first time.</summary>
    byte[] GetOrCreate(string name, Func<byte[]> create);
}
