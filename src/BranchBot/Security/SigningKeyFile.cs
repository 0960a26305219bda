using BranchBot.Core.Security;
using BranchBot.Hosting;

namespace BranchBot.Security;

/// <summary>
/// The signing key file beside the content key file (default <c>data/branchbot.signing.key</c>), owner-only (0600):
/// one <c>name:base64</c> line per key (<c>chat</c>, <c>console</c>, <c>lookup</c>); '#' starts a comment.
/// </summary>
public static class SigningKeyFile
{
    public const string DefaultFileName = "branchbot.signing.key";

    private const string Header = """
        # BranchBot signing keys: console sessions and login links, the chat page's cookie and tokens, and the hashes
        # of invite codes and calendar links. Keep it secret (mode 0600) and back it up apart from the database.
        # Replacing a line's value with new random bytes (openssl rand -base64 32) rotates that key; see docs/security.md.
        """;

    /// <summary>Reads the file, or creates it with <paramref name="create"/>'s keys when it does not exist yet.</summary>
    /// <exception cref="InsecureKeyFileException">The file exists and group or others may access it.</exception>
    public static (SigningKeys Keys, bool Created) LoadOrCreate(string path, Func<SigningKeys> create)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(create);
        if (File.Exists(path))
        {
            return (Read(path), false);
        }

        var keys = create();
        return OwnerOnlyFile.TryCreate(path, Format(keys)) ? (keys, true) : (Read(path), false);
    }

    public static SigningKeys Read(string path)
    {
        ContentKeyFile.EnsureOwnerOnly(path);
        var lines = OwnerOnlyFile.ReadLinesOnceWritten(path, lines => lines.Count(IsKeyLine) >= SigningKeys.Names.Count);
        var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var line in lines.Where(IsKeyLine).Select(l => l.Trim()))
        {
            var separator = line.IndexOf(':', StringComparison.Ordinal);
            if (separator <= 0 || !TryDecode(line[(separator + 1)..], out var key))
            {
                throw new StartupConfigurationException($"The signing key file {path} has a line that is not 'name:base64 of at least {SigningKeys.MinimumLength} bytes'.");
            }

            keys[line[..separator]] = key;
        }

        return new SigningKeys(Named(keys, SigningKeys.ChatName, path), Named(keys, SigningKeys.ConsoleName, path), Named(keys, SigningKeys.LookupName, path));
    }

    private static bool IsKeyLine(string line) => line.Trim() is { Length: > 0 } text && !text.StartsWith('#');

    public static bool TryDecode(string base64, out byte[] key)
    {
        try
        {
            key = Convert.FromBase64String(base64.Trim());
            return key.Length >= SigningKeys.MinimumLength;
        }
        catch (FormatException)
        {
            key = [];
            return false;
        }
    }

    private static byte[] Named(Dictionary<string, byte[]> keys, string name, string path) =>
        keys.TryGetValue(name, out var key)
            ? key
            : throw new StartupConfigurationException($"The signing key file {path} has no '{name}:' line. Restore it from the backup, or add one: echo \"{name}:$(openssl rand -base64 32)\" >> {path}");

    private static string Format(SigningKeys keys) =>
        $"{Header}\n{SigningKeys.ChatName}:{Convert.ToBase64String(keys.Chat)}\n" +
        $"{SigningKeys.ConsoleName}:{Convert.ToBase64String(keys.Console)}\n" +
        $"{SigningKeys.LookupName}:{Convert.ToBase64String(keys.Lookup)}\n";
}
