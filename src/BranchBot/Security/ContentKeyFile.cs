using BranchBot.Core.Security;
using BranchBot.Hosting;

namespace BranchBot.Security;

/// <summary>
/// The key file created on first run when no key is configured: readable and writable by the owner only (0600).
/// The first key line is the current key; any further lines are previous keys kept for reading older values.
/// </summary>
public static class ContentKeyFile
{
    /// <summary>The file name used beside the database when <c>Security:DataKeyFile</c> is not set.</summary>
    public const string DefaultFileName = "branchbot.key";

    private const string Header = """
        # BranchBot content key: it encrypts 谈心 feedback and talk records in the database.
        # Keep it secret and back it up apart from the database; without it that content cannot be read.
        # The first key line is the current key; further lines are previous keys, kept to read older values.
        """;

    /// <summary>Reads the keys in an existing file, or creates the file with a new key; the ring's current key is the first.</summary>
    /// <exception cref="InsecureKeyFileException">The file exists and group or others may access it.</exception>
    public static (ContentKeyRing Ring, bool Created) LoadOrCreate(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (File.Exists(path))
        {
            return (Read(path), false);
        }

        var key = ContentKey.Generate();
        if (!TryCreate(path, key))
        {
            // Another process (the CLI, or a second instance) created it first: use theirs.
            return (Read(path), false);
        }

        return (new ContentKeyRing(key), true);
    }

    /// <summary>Reads an existing key file after checking that only its owner can access it.</summary>
    public static ContentKeyRing Read(string path)
    {
        EnsureOwnerOnly(path);
        var keys = ContentKeyLines.ParseAll(OwnerOnlyFile.ReadLinesOnceWritten(path, lines => ContentKeyLines.ParseAll(lines).Count > 0));

        if (keys.Count == 0)
        {
            throw new StartupConfigurationException($"The key file {path} holds no key. Restore it from the backup; do not delete it while the database has protected content.");
        }

        return new ContentKeyRing(keys[0], keys.Skip(1));
    }

    /// <summary>Throws when group or others have any access to the file (Unix only: Windows files carry ACLs instead).</summary>
    public static void EnsureOwnerOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = File.GetUnixFileMode(path);
        if ((mode & OwnerOnlyFile.GroupOrOthers) != 0)
        {
            throw new InsecureKeyFileException(path, mode);
        }
    }

    // Created with 0600 from the start (OwnerOnlyFile), so there is no moment in which others could read it.
    private static bool TryCreate(string path, ContentKey key) =>
        OwnerOnlyFile.TryCreate(path, $"{Header}\n{ContentKeyLines.Format(key)}\n");
}
