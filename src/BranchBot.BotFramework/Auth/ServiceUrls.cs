namespace BranchBot.BotFramework.Auth;

/// <summary>
/// Compares service URLs the way a channel means them: scheme and host in any case, with or without a trailing slash.
/// The path keeps its case because servers may treat it case-sensitively.
/// </summary>
internal static class ServiceUrls
{
    public static bool AreEquivalent(string? first, string? second) =>
        Normalize(first) is { } a && Normalize(second) is { } b && string.Equals(a, b, StringComparison.Ordinal);

    private static string? Normalize(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        // Uri lower-cases scheme and host of http(s) URLs and drops a default port.
        var schemeAndServer = uri.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped);
        var path = uri.GetComponents(UriComponents.Path, UriFormat.UriEscaped).TrimEnd('/');
        var query = uri.GetComponents(UriComponents.Query, UriFormat.UriEscaped);
        return $"{schemeAndServer}/{path}?{query}";
    }
}
