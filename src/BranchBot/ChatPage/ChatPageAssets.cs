using System.Collections.Frozen;
using System.Security.Cryptography;

namespace BranchBot.ChatPage;

/// <summary>
/// The chat page's files (wwwroot) are embedded in the assembly, so the page is served the same way whatever the
/// content root (repository root under dotnet run, the publish folder, a test host) and works offline.
/// </summary>
internal static class ChatPageAssets
{
    private const string ResourcePrefix = "BranchBot.ChatPage.wwwroot.";

    private static readonly FrozenDictionary<string, ChatPageAsset> Assets = Load();

    public static ChatPageAsset? Find(string fileName) => Assets.GetValueOrDefault(fileName);

    private static FrozenDictionary<string, ChatPageAsset> Load()
    {
        var assembly = typeof(ChatPageAssets).Assembly;
        var assets = new Dictionary<string, ChatPageAsset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var fileName = name[ResourcePrefix.Length..];
            var bytes = copy.ToArray();
            var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\"";
            assets[fileName] = new ChatPageAsset(bytes, ContentTypeOf(fileName), etag);
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string ContentTypeOf(string fileName) => Path.GetExtension(fileName) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        _ => "application/octet-stream",
    };
}

internal sealed record ChatPageAsset(byte[] Content, string ContentType, string ETag);
