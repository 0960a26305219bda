namespace BranchBot.Core.Security;

/// <summary>
/// The <c>secrets</c> collection of databases from before signing keys moved to the key file: the bot reads the old
/// Direct Line key once, moves it to the key file and deletes it here, so a copy of the database holds no key.
/// </summary>
public interface ISecretStore
{
    /// <summary>The stored secret of that name, or null.</summary>
    byte[]? Find(string name);

    void Delete(string name);
}
