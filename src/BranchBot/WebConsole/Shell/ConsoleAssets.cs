using System.Collections.Frozen;

namespace BranchBot.WebConsole.Shell;

/// <summary>The console's style and script, embedded in the assembly so the console works offline and from any folder.</summary>
internal static class ConsoleAssets
{
    private const string ResourcePrefix = "BranchBot.WebConsole.Assets.";

    private static readonly FrozenDictionary<string, byte[]> Assets = Load();

    public static IResult Serve(HttpContext http, string fileName)
    {
        if (!Assets.TryGetValue(fileName, out var content))
        {
            return Results.NotFound();
        }

        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        var type = fileName.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
        return Results.Bytes(content, type);
    }

    private static FrozenDictionary<string, byte[]> Load()
    {
        var assembly = typeof(ConsoleAssets).Assembly;
        var assets = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            assets[name[ResourcePrefix.Length..]] = copy.ToArray();
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
