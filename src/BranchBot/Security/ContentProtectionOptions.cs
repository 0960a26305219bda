namespace BranchBot.Security;

/// <summary>The <c>Security</c> section: where the key that encrypts 谈心 content comes from.</summary>
public sealed class ContentProtectionOptions
{
    public const string SectionName = "Security";

    /// <summary>Base64 of 32 random bytes. When set it is the current key and no key file is created.</summary>
    public string? DataKey { get; set; }

    /// <summary>Optional id for <see cref="DataKey"/>; defaults to the key's fingerprint.</summary>
    public string? DataKeyId { get; set; }

    /// <summary>Keys kept only for reading older values after a rotation: each "base64" or "id:base64".</summary>
    public IList<string> PreviousDataKeys { get; } = [];

    /// <summary>The key file used when <see cref="DataKey"/> is not set; relative to the content root. Default: branchbot.key beside the database.</summary>
    public string? DataKeyFile { get; set; }

    /// <summary>The signing key file; relative to the content root. Default: branchbot.signing.key beside the database.</summary>
    public string? SigningKeyFile { get; set; }
}
