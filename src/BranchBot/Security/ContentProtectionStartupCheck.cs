using BranchBot.Core.Security;

namespace BranchBot.Security;

/// <summary>
/// Loads the content key and the signing keys before the host starts, so a key problem stops the bot with a clear log line at once
/// instead of failing the first chat that touches private content.
/// </summary>
public static class ContentProtectionStartupCheck
{
    /// <summary>False when the key file is unsafe to use; the loader has already logged why and how to fix it.</summary>
    public static bool TryLoadKey(IServiceProvider services)
    {
        try
        {
            _ = services.GetRequiredService<IContentProtector>();
            _ = services.GetService<SigningKeys>();
            return true;
        }
        catch (InsecureKeyFileException)
        {
            return false;
        }
    }
}
