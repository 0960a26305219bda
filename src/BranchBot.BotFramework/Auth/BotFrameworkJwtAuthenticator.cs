using System.Text.Json;
using BranchBot.BotFramework.Hosting;
using BranchBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace BranchBot.BotFramework.Auth;

/// <summary>
/// Authenticates /api/messages requests the way the Bot Framework channels sign them: a bearer JWT issued by
/// https://api.botframework.com (or, for the Emulator, by Azure AD) for this bot's app id. Disabled when no
/// MicrosoftAppId is configured, which is the local Emulator convention.
/// </summary>
public sealed partial class BotFrameworkJwtAuthenticator : IChannelRequestAuthenticator
{
    /// <summary>The named HttpClient that fetches OpenID metadata and signing keys.</summary>
    public const string MetadataHttpClientName = "BranchBot.BotFramework.OpenIdMetadata";

    private const string ServiceUrlClaim = "serviceurl";
    private const string VersionClaim = "ver";

    private readonly BotFrameworkOptions _options;
    private readonly IReadOnlySet<string> _emulatorIssuers;
    private readonly SignedTokenValidator _channelTokens;
    private readonly SignedTokenValidator _emulatorTokens;
    private readonly ILogger _logger;

    public BotFrameworkJwtAuthenticator(
        IOptions<BotFrameworkOptions> options,
        IHttpClientFactory httpClientFactory,
        TimeProvider timeProvider,
        ILogger<BotFrameworkJwtAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger;
        _emulatorIssuers = EmulatorIssuers.For(_options);
        var requireHttps = !_options.AllowInsecureMetadata;
        _channelTokens = new SignedTokenValidator(
            new OpenIdMetadataSource(_options.OpenIdMetadataUrl, httpClientFactory, requireHttps, timeProvider, logger), timeProvider);
        _emulatorTokens = new SignedTokenValidator(
            new OpenIdMetadataSource(_options.EmulatorOpenIdMetadataUrl, httpClientFactory, requireHttps, timeProvider, logger), timeProvider);
    }

    /// <summary>Refreshes of the channel's signing keys started because a token named a key not known yet.</summary>
    internal int ChannelKeyRefreshesRequested => _channelTokens.Metadata.RefreshesRequested;

    public async Task<ChannelAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!_options.AuthenticationEnabled)
        {
            return ChannelAuthenticationResult.Success;
        }

        var result = await CheckAsync(authorizationHeader, activity, cancellationToken);
        if (!result.Succeeded)
        {
            LogRejected(_logger, activity.ChannelId, activity.ServiceUrl, result.FailureReason);
        }

        return result;
    }

    private async Task<ChannelAuthenticationResult> CheckAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return ChannelAuthenticationResult.Fail("The request has no Authorization header.");
        }

        if (!BearerToken.TryParse(authorizationHeader, out var token))
        {
            return ChannelAuthenticationResult.Fail("The Authorization header is not a bearer token.");
        }

        if (!TryReadIssuer(token, out var issuer))
        {
            return ChannelAuthenticationResult.Fail("The bearer token is not a well-formed JWT.");
        }

        // The unvalidated issuer only picks which rules apply; both paths validate the issuer again with the signature.
        return _emulatorIssuers.Contains(issuer)
            ? await CheckEmulatorTokenAsync(token, cancellationToken)
            : await CheckChannelTokenAsync(token, activity, cancellationToken);
    }

    private async Task<ChannelAuthenticationResult> CheckChannelTokenAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        var check = await _channelTokens.ValidateAsync(token, [BotFrameworkOptions.BotFrameworkIssuer], _options.MicrosoftAppId!, cancellationToken);
        if (check.Token is not { } jwt || check.Configuration is not { } configuration)
        {
            return ChannelAuthenticationResult.Fail(check.FailureReason!);
        }

        if (!jwt.TryGetPayloadValue<string>(ServiceUrlClaim, out var claimedServiceUrl) || string.IsNullOrWhiteSpace(claimedServiceUrl))
        {
            return ChannelAuthenticationResult.Fail("The token has no serviceurl claim.");
        }

        if (!ServiceUrls.AreEquivalent(claimedServiceUrl, activity.ServiceUrl))
        {
            return ChannelAuthenticationResult.Fail("The token's serviceurl claim does not match the activity's serviceUrl.");
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return ChannelAuthenticationResult.Fail("The activity has no channelId to check the signing key's endorsements against.");
        }

        var keyId = jwt.SigningKey?.KeyId ?? jwt.Kid;
        return JwkEndorsements.Endorses(configuration, keyId, activity.ChannelId)
            ? ChannelAuthenticationResult.Success
            : ChannelAuthenticationResult.Fail($"The signing key is not endorsed for channel '{activity.ChannelId}'.");
    }

    private async Task<ChannelAuthenticationResult> CheckEmulatorTokenAsync(string token, CancellationToken cancellationToken)
    {
        var check = await _emulatorTokens.ValidateAsync(token, _emulatorIssuers, _options.MicrosoftAppId!, cancellationToken);
        if (check.Token is not { } jwt)
        {
            return ChannelAuthenticationResult.Fail(check.FailureReason!);
        }

        // Azure AD v1 tokens name the requesting app in "appid", v2 tokens in "azp".
        var version = jwt.TryGetPayloadValue<string>(VersionClaim, out var ver) ? ver : null;
        var appIdClaim = version switch
        {
            null or "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (appIdClaim is null)
        {
            return ChannelAuthenticationResult.Fail($"The Emulator token has an unknown version '{version}'.");
        }

        return jwt.TryGetPayloadValue<string>(appIdClaim, out var appId) && string.Equals(appId, _options.MicrosoftAppId, StringComparison.Ordinal)
            ? ChannelAuthenticationResult.Success
            : ChannelAuthenticationResult.Fail($"The Emulator token's {appIdClaim} claim is not this bot's app id.");
    }

    private static bool TryReadIssuer(string token, out string issuer)
    {
        issuer = string.Empty;
        try
        {
            issuer = new JsonWebToken(token).Issuer ?? string.Empty;
            return true;
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or JsonException)
        {
            // The header is whatever the caller sent: IdentityModel reports most malformed tokens as
            // ArgumentException (SecurityTokenMalformedException) but some, like a broken JWE part, as FormatException.
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected a request from channel {ChannelId} ({ServiceUrl}): {Reason}")]
    private static partial void LogRejected(ILogger logger, string? channelId, string? serviceUrl, string? reason);
}
