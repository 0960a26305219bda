using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BranchBot.BotFramework.Auth;

/// <summary>
/// One OpenID metadata document and its JWKS, cached and refreshed by IdentityModel's configuration manager:
/// automatically every 12 hours, and on request (an unknown signing key) at most once every 5 minutes. The 5-minute
/// limit is kept here, on the injected clock: IdentityModel's own limit reads the wall clock (its TimeProvider is
/// internal), so it is set to its 1-second minimum and this class decides.
/// </summary>
internal sealed partial class OpenIdMetadataSource
{
    public static readonly TimeSpan RefreshLimit = TimeSpan.FromMinutes(5);

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly Lock _refreshGate = new();
    private DateTimeOffset? _lastRefreshRequest;

    public OpenIdMetadataSource(string metadataUrl, IHttpClientFactory httpClientFactory, bool requireHttps, TimeProvider timeProvider, ILogger logger)
    {
        MetadataUrl = metadataUrl;
        _timeProvider = timeProvider;
        _logger = logger;
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(
            metadataUrl,
            new OpenIdConnectConfigurationRetriever(),
            new HttpClientFactoryDocumentRetriever(httpClientFactory, BotFrameworkJwtAuthenticator.MetadataHttpClientName, requireHttps))
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
            RefreshInterval = ConfigurationManager<OpenIdConnectConfiguration>.MinimumRefreshInterval,
        };
    }

    public string MetadataUrl { get; }

    /// <summary>How many refreshes were started on request (the first one, then at most one per 5 minutes).</summary>
    public int RefreshesRequested { get; private set; }

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
    /// requested refresh is under 5 minutes old, so a stream of tokens with unknown keys cannot make us hammer the
    /// metadata endpoint.
    /// </summary>
    public void RequestRefresh()
    {
        var now = _timeProvider.GetUtcNow();
        lock (_refreshGate)
        {
            if (_lastRefreshRequest is { } last && now - last < RefreshLimit)
            {
                return;
            }

            _lastRefreshRequest = now;
            RefreshesRequested++;
        }

        _manager.RequestRefresh();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "OpenID metadata at {MetadataUrl} is unavailable; rejecting the request")]
    private static partial void LogMetadataUnavailable(ILogger logger, Exception exception, string metadataUrl);
}
