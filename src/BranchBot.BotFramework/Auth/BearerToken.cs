namespace BranchBot.BotFramework.Auth;

/// <summary>Reads the token out of an <c>Authorization: Bearer &lt;token&gt;</c> header value.</summary>
internal static class BearerToken
{
    private const string Scheme = "Bearer ";

    public static bool TryParse(string? headerValue, out string token)
    {
        token = string.Empty;
        if (headerValue is null || !headerValue.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var candidate = headerValue[Scheme.Length..].Trim();
        if (candidate.Length == 0 || candidate.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        token = candidate;
        return true;
    }
}
