namespace BranchBot.BotFramework.Hosting;

/// <summary>
/// Bot Framework settings. The app credentials use the standard root-level names (MicrosoftAppId, ...);
/// endpoints and limits live in the BotFramework section.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "BotFramework";
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultEmulatorOpenIdMetadataUrl = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";
    public const string DefaultTokenEndpoint = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token";
    public const string DefaultOAuthScope = "https://api.botframework.com/.default";
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>MultiTenant (default) or SingleTenant; UserAssignedMSI is not supported by this host.</summary>
    public string? MicrosoftAppType { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;
    public string EmulatorOpenIdMetadataUrl { get; set; } = DefaultEmulatorOpenIdMetadataUrl;

    /// <summary>Client-credentials endpoint; "{tenant}" is replaced by the tenant (botframework.com when multi-tenant).</summary>
    public string TokenEndpoint { get; set; } = DefaultTokenEndpoint;
    public string OAuthScope { get; set; } = DefaultOAuthScope;

    /// <summary>Allows plain-http metadata (loopback tests, offline labs). Never in production.</summary>
    public bool AllowInsecureMetadata { get; set; }

    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Accepts /api/messages without channel authentication when no MicrosoftAppId is set, outside Development too
    /// (the Bot Framework Emulator on a test server). Anyone who can reach the endpoint can then act as any chat user.
    /// </summary>
    public bool AllowUnauthenticated { get; set; }

    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool IsSingleTenant => string.Equals(MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase);

    /// <summary>The tenant whose token endpoint issues the bot's outgoing tokens.</summary>
    public string TokenTenant => IsSingleTenant && !string.IsNullOrWhiteSpace(MicrosoftAppTenantId) ? MicrosoftAppTenantId! : "botframework.com";

    public string ResolvedTokenEndpoint => TokenEndpoint.Replace("{tenant}", TokenTenant, StringComparison.Ordinal);
}
