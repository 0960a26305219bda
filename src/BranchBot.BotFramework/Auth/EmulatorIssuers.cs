using BranchBot.BotFramework.Hosting;

namespace BranchBot.BotFramework.Auth;

/// <summary>The Azure AD issuers whose tokens the Bot Framework Emulator sends (v1 and v2 token formats).</summary>
internal static class EmulatorIssuers
{
    private static readonly string[] EmulatorTenants =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
    ];

    public static IReadOnlySet<string> For(BotFrameworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var tenants = string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId)
            ? EmulatorTenants
            : [.. EmulatorTenants, options.MicrosoftAppTenantId.Trim()];
        return tenants
            .SelectMany(tenant => new[] { $"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0" })
            .ToHashSet(StringComparer.Ordinal);
    }
}
