using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BranchBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BranchBot.BotFramework.Outgoing;

/// <summary>
/// The Bot Connector REST API over HTTP: posts activities to a channel's serviceUrl with the bot's token,
/// retrying throttling and transient failures (429, 412, 502, 503, 504, network errors, timeouts).
/// </summary>
public sealed partial class HttpConnectorClient : IConnectorClient
{
    public const string HttpClientName = "BranchBot.BotFramework.Connector";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly ConnectorTokenProvider _tokens;
    private readonly ConnectorClientOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly RetrySchedule _retrySchedule;

    public HttpConnectorClient(
        IHttpClientFactory httpClientFactory,
        ConnectorTokenProvider tokens,
        IOptions<ConnectorClientOptions> options,
        TimeProvider timeProvider,
        ILogger<HttpConnectorClient> logger)
        : this(httpClientFactory, tokens, options, timeProvider, logger, Random.Shared)
    {
    }

    internal HttpConnectorClient(
        IHttpClientFactory httpClientFactory,
        ConnectorTokenProvider tokens,
        IOptions<ConnectorClientOptions> options,
        TimeProvider timeProvider,
        ILogger<HttpConnectorClient> logger,
        Random jitter)
    {
        ArgumentNullException.ThrowIfNull(options);
        _httpClientFactory = httpClientFactory;
        _tokens = tokens;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        _retrySchedule = new RetrySchedule(_options, jitter);
    }

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        PostAsync(ConnectorUrls.ReplyToActivity(serviceUrl, conversationId, activityId), activity, SendAttempts.ClientRetries, cancellationToken);

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, SendAttempts attempts, CancellationToken cancellationToken) =>
        PostAsync(ConnectorUrls.ConversationActivities(serviceUrl, conversationId), activity, attempts, cancellationToken);

    private async Task<ResourceResponse> PostAsync(Uri uri, Activity activity, SendAttempts attempts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(attempts);
        var body = JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options);
        var (maxAttempts, attemptTimeout) = attempts switch
        {
            SendAttempts.SingleAttempt single => (1, single.Timeout ?? _options.AttemptTimeout),
            _ => (Math.Max(_options.MaxAttempts, 1), _options.AttemptTimeout),
        };
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await AttemptAsync(uri, body, attemptTimeout, cancellationToken);
            switch (outcome.Verdict)
            {
                case DeliveryVerdict.Delivered:
                    return outcome.Response!;
                case DeliveryVerdict.Final:
                    LogRejected(_logger, uri, outcome.Description);
                    throw outcome.ToException(uri, isFinal: true);
                case DeliveryVerdict.GiveUp:
                    LogGaveUp(_logger, uri, outcome.Description, attempt);
                    throw outcome.ToException(uri, isFinal: false);
            }

            if (attempt >= maxAttempts)
            {
                LogGaveUp(_logger, uri, outcome.Description, attempt);
                throw outcome.ToException(uri, isFinal: false);
            }

            var delay = _retrySchedule.DelayAfter(attempt, outcome.RetryAfter);
            if (delay > _options.MaxRetryDelay)
            {
                LogRetryAfterTooLong(_logger, uri, delay, _options.MaxRetryDelay);
                throw outcome.ToException(uri, isFinal: false);
            }

            LogRetrying(_logger, uri, outcome.Description, attempt, maxAttempts, delay);
            await Task.Delay(delay, _timeProvider, cancellationToken);
        }
    }

    private async Task<AttemptOutcome> AttemptAsync(Uri uri, byte[] body, TimeSpan attemptTimeout, CancellationToken cancellationToken)
    {
        var token = await _tokens.GetTokenAsync(cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, uri);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = Encoding.UTF8.WebName };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var timeout = new CancellationTokenSource(attemptTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await _httpClientFactory.CreateClient(HttpClientName).SendAsync(request, linked.Token);
            var verdict = Classify(response.StatusCode);
            return verdict == DeliveryVerdict.Delivered
                ? AttemptOutcome.Delivered(await ReadResourceResponseAsync(response, uri, linked.Token))
                : AttemptOutcome.Failed(verdict, response.StatusCode, RetryAfterOf(response), $"HTTP {(int)response.StatusCode}", null);
        }
        catch (HttpRequestException exception)
        {
            return AttemptOutcome.Failed(DeliveryVerdict.Retry, null, null, $"network error: {exception.Message}", exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            return AttemptOutcome.Failed(DeliveryVerdict.Retry, null, null, $"no answer within {attemptTimeout}", exception);
        }
    }

    private static DeliveryVerdict Classify(HttpStatusCode status) => (int)status switch
    {
        >= 200 and < 300 => DeliveryVerdict.Delivered,
        429 or 412 or 502 or 503 or 504 => DeliveryVerdict.Retry,
        // 403: the user blocked the bot; 404: the conversation is gone; other 4xx: the request itself is wrong.
        >= 400 and < 500 => DeliveryVerdict.Final,
        _ => DeliveryVerdict.GiveUp,
    };

    private TimeSpan? RetryAfterOf(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - _timeProvider.GetUtcNow(),
        _ => null,
    };

    /// <summary>Reads the channel's ResourceResponse; offline channels answer with an empty body, which is fine.</summary>
    private async Task<ResourceResponse> ReadResourceResponseAsync(HttpResponseMessage response, Uri uri, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (bytes.AsSpan()[Ascii.Trim(bytes)].IsEmpty)
        {
            return new ResourceResponse(null);
        }

        try
        {
            return JsonSerializer.Deserialize<ResourceResponse>(bytes, BotJson.Options) ?? new ResourceResponse(null);
        }
        catch (JsonException)
        {
            LogUnreadableResponse(_logger, uri);
            return new ResourceResponse(null);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Send to {Uri} failed ({Failure}), attempt {Attempt} of {MaxAttempts}; retrying in {Delay}")]
    private static partial void LogRetrying(ILogger logger, Uri uri, string failure, int attempt, int maxAttempts, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Send to {Uri} failed ({Failure}) after {Attempts} attempt(s); giving up for now")]
    private static partial void LogGaveUp(ILogger logger, Uri uri, string failure, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Send to {Uri}: the channel asks to wait {Delay}, longer than the {MaxDelay} allowed; giving up for now")]
    private static partial void LogRetryAfterTooLong(ILogger logger, Uri uri, TimeSpan delay, TimeSpan maxDelay);

    [LoggerMessage(Level = LogLevel.Information, Message = "Send to {Uri} refused for good ({Failure})")]
    private static partial void LogRejected(ILogger logger, Uri uri, string failure);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Send to {Uri} succeeded but its answer is not a ResourceResponse; ignoring the answer")]
    private static partial void LogUnreadableResponse(ILogger logger, Uri uri);

    private enum DeliveryVerdict
    {
        Delivered,
        Retry,
        Final,
        GiveUp,
    }

    private sealed record AttemptOutcome(
        DeliveryVerdict Verdict, ResourceResponse? Response, HttpStatusCode? Status, TimeSpan? RetryAfter, string Description, Exception? Error)
    {
        public static AttemptOutcome Delivered(ResourceResponse response) => new(DeliveryVerdict.Delivered, response, null, null, "delivered", null);

        public static AttemptOutcome Failed(DeliveryVerdict verdict, HttpStatusCode? status, TimeSpan? retryAfter, string description, Exception? error) =>
            new(verdict, null, status, retryAfter, description, error);

        public ChannelDeliveryException ToException(Uri uri, bool isFinal) =>
            new($"Sending to {uri} failed: {Description}.", Status, isFinal, Error) { RetryAfter = RetryAfter };
    }
}
