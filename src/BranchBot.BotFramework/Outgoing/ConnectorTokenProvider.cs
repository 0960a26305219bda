using System.Text.Json;
using System.Text.Json.Serialization;
using BranchBot.BotFramework.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BranchBot.BotFramework.Outgoing;

/// <summary>
/// The bot's own access token for the Bot Connector, from the OAuth client-credentials grant. Cached until shortly
/// before it expires; concurrent callers share one fetch. No token at all when authentication is disabled.
/// </summary>
public sealed partial class ConnectorTokenProvider : IDisposable
{
    public const string HttpClientName = "BranchBot.BotFramework.Token";

    /// <summary>A token is replaced this long before it expires (or at half its life when that is shorter).</summary>
    public static readonly TimeSpan ExpirySafetyMargin = TimeSpan.FromMinutes(5);

    private readonly BotFrameworkOptions _options;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _fetchGate = new(1, 1);
    private CachedToken? _cached;

    public ConnectorTokenProvider(
        IOptions<BotFrameworkOptions> options,
        IHttpClientFactory httpClientFactory,
        TimeProvider timeProvider,
        ILogger<ConnectorTokenProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _httpClientFactory = httpClientFactory;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>The bearer token to send, or null when authentication is disabled.</summary>
    /// <exception cref="ChannelDeliveryException">The token endpoint could not be reached or refused (not final).</exception>
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (!_options.AuthenticationEnabled)
        {
            return null;
        }

        if (TryGetCached() is { } cached)
        {
            return cached;
        }

        await _fetchGate.WaitAsync(cancellationToken);
        try
        {
            if (TryGetCached() is { } fetchedMeanwhile)
            {
                return fetchedMeanwhile;
            }

            var token = await FetchAsync(cancellationToken);
            Volatile.Write(ref _cached, token);
            return token.Value;
        }
        finally
        {
            _fetchGate.Release();
        }
    }

    public void Dispose() => _fetchGate.Dispose();

    private string? TryGetCached() =>
        Volatile.Read(ref _cached) is { } token && _timeProvider.GetUtcNow() < token.RenewAt ? token.Value : null;

    private async Task<CachedToken> FetchAsync(CancellationToken cancellationToken)
    {
        var endpoint = _options.ResolvedTokenEndpoint;
        if (string.IsNullOrWhiteSpace(_options.MicrosoftAppPassword))
        {
            throw new ChannelDeliveryException("MicrosoftAppId is set but MicrosoftAppPassword is empty: no token for the Bot Connector.", null, isFinal: false);
        }

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = _options.MicrosoftAppId!,
            ["client_secret"] = _options.MicrosoftAppPassword,
            ["scope"] = _options.OAuthScope,
        });

        var requestedAt = _timeProvider.GetUtcNow();
        HttpResponseMessage response;
        try
        {
            response = await _httpClientFactory.CreateClient(HttpClientName).PostAsync(new Uri(endpoint), form, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new ChannelDeliveryException($"The token endpoint {endpoint} could not be reached.", null, isFinal: false, exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ChannelDeliveryException($"The token endpoint {endpoint} timed out.", null, isFinal: false, exception);
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var answer = TryParse(body);
            if (!response.IsSuccessStatusCode)
            {
                throw new ChannelDeliveryException(
                    $"The token endpoint {endpoint} answered {(int)response.StatusCode} ({answer?.Error ?? "no error code"}).", null, isFinal: false);
            }

            if (string.IsNullOrEmpty(answer?.AccessToken))
            {
                throw new ChannelDeliveryException($"The token endpoint {endpoint} answered without an access_token.", null, isFinal: false);
            }

            var lifetime = TimeSpan.FromSeconds(Math.Max(answer.ExpiresIn ?? 0, 0));
            var margin = lifetime / 2 < ExpirySafetyMargin ? lifetime / 2 : ExpirySafetyMargin;
            LogTokenFetched(_logger, endpoint, lifetime);
            return new CachedToken(answer.AccessToken, requestedAt + lifetime - margin);
        }
    }

    private static TokenAnswer? TryParse(byte[] body)
    {
        try
        {
            return body.Length == 0 ? null : JsonSerializer.Deserialize<TokenAnswer>(body, TokenAnswer.JsonOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetched a Bot Connector token from {Endpoint}, valid for {Lifetime}")]
    private static partial void LogTokenFetched(ILogger logger, string endpoint, TimeSpan lifetime);

    private sealed record CachedToken(string Value, DateTimeOffset RenewAt);

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] long? ExpiresIn,
        [property: JsonPropertyName("error")] string? Error)
    {
        // Azure AD v1 endpoints send expires_in as a string.
        public static readonly JsonSerializerOptions JsonOptions = new() { NumberHandling = JsonNumberHandling.AllowReadingFromString };
    }
}
