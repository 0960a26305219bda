using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BranchBot.BotFramework.Auth;

/// <summary>
/// One OpenID metadata document and its JWKS, cached and refreshed by IdentityModel's configuration manager:
/// automatically every 12 hours, and on request (an unknown signing key) at most once every 5 minutes.
/// </summary>
internal sealed partial class OpenIdMetadataSource
{
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly ILogger _logger;

    public OpenIdMetadataSource(string metadataUrl, IHttpClientFactory httpClientFactory, bool requireHttps, ILogger logger)
    {
        MetadataUrl = metadataUrl;
        _logger = logger;
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(
            metadataUrl,
            new OpenIdConnectConfigurationRetriever(),
            new HttpClientFactoryDocumentRetriever(httpClientFactory, BotFrameworkJwtAuthenticator.MetadataHttpClientName, requireHttps))
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
            RefreshInterval = TimeSpan.FromMinutes(5),
        };
    }

    public string MetadataUrl { get; }

    /// <summary>The current metadata, or null (logged) when it cannot be fetched and none was fetched before.</summary>
    public async Task<OpenIdConnectConfiguration?> GetAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _manager.GetConfigurationAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            LogMetadataUnavailable(_logger, exception, MetadataUrl);
            return null;
        }
    }

    /// <summary>
    /// Starts a fetch in the background (IdentityModel 8 does not block readers on it); ignored while the last
    /// requested refresh is under 5 minutes old.
    /// </summary>
    public void RequestRefresh() => _manager.RequestRefresh();

    [LoggerMessage(Level = LogLevel.Warning, Message = "OpenID metadata at {MetadataUrl} is unavailable; rejecting the request")]
    private static partial void LogMetadataUnavailable(ILogger logger, Exception exception, string metadataUrl);
}
