using BranchBot.Core.Security;

namespace BranchBot.Security;

/// <summary>
/// The text form of keys, shared by the key file and <c>Security:PreviousDataKeys</c>: one key per line, either
/// <c>base64</c> (id = fingerprint) or <c>id:base64</c>; blank lines and lines starting with '#' are ignored.
/// Base64 never contains ':', so the two forms cannot be confused.
/// </summary>
public static class ContentKeyLines
{
    public static ContentKey Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        var separator = text.IndexOf(':', StringComparison.Ordinal);
        return separator < 0
            ? ContentKey.FromBase64(text)
            : ContentKey.FromBase64(text[(separator + 1)..], text[..separator]);
    }

    public static IReadOnlyList<ContentKey> ParseAll(IEnumerable<string> lines) =>
        [.. lines.Where(IsKeyLine).Select(Parse)];

    public static string Format(ContentKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return $"{key.Id}:{key.ToBase64()}";
    }

    private static bool IsKeyLine(string line) => line.Trim() is { Length: > 0 } text && !text.StartsWith('#');
}
