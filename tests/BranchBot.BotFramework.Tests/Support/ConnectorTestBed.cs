using System.Net;
using BranchBot.BotFramework.Hosting;
using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BranchBot.BotFramework.Tests.Support;

/// <summary>
/// A connector client wired to a recording HTTP stand-in for both the channel and the token endpoint, on a step
/// clock. The channel answers from a script (the last answer repeats); the token endpoint issues token-1, token-2, ...
/// </summary>
internal sealed class ConnectorTestBed : IDisposable
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string AppId = "5f0c1c1e-7a36-4a3e-9d2b-0b1a2c3d4e5f";
    public const string AppPassword = "s3cret~value";
    public const string TokenEndpoint = "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token";

    private readonly List<ConnectorTokenProvider> _tokenProviders = [];
    private Func<HttpResponseMessage>[] _channelScript = [() => Respond.Json(HttpStatusCode.OK, """{"id":"sent-1"}""")];
    private int _channelCalls;
    private int _tokensIssued;

    public ConnectorTestBed()
    {
        TokenEndpointAnswer = (_, _) => Task.FromResult(IssueToken());
        Http = new RecordingHandler((request, cancellationToken) =>
            request.Uri.Host == "login.microsoftonline.com" ? TokenEndpointAnswer(request, cancellationToken) : ChannelAnswer(request, cancellationToken));
    }

    public StepClock Clock { get; } = new();

    public RecordingHandler Http { get; }

    public RecordingLogger<HttpConnectorClient> Logger { get; } = new();

    public BotFrameworkOptions BotOptions { get; } = new() { MicrosoftAppId = AppId, MicrosoftAppPassword = AppPassword };

    public ConnectorClientOptions ConnectorOptions { get; } = new();

    /// <summary>Replaces the token endpoint's behaviour; by default it issues a fresh token valid for an hour.</summary>
    public Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> TokenEndpointAnswer { get; set; }

    /// <summary>Replaces the channel's behaviour entirely (for hanging or failing connections).</summary>
    public Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>>? ChannelOverride { get; set; }

    public IReadOnlyList<RecordedRequest> ChannelRequests => Http.RequestsTo(ServiceUrl.TrimEnd('/'));

    public IReadOnlyList<RecordedRequest> TokenRequests => Http.RequestsTo("https://login.microsoftonline.com/");

    public ConnectorTestBed AnswerChannelWith(params Func<HttpResponseMessage>[] answers)
    {
        _channelScript = answers;
        return this;
    }

    public HttpResponseMessage IssueToken(long expiresInSeconds = 3600)
    {
        var number = Interlocked.Increment(ref _tokensIssued);
        return Respond.Json(HttpStatusCode.OK, $$"""{"token_type":"Bearer","expires_in":{{expiresInSeconds}},"ext_expires_in":{{expiresInSeconds}},"access_token":"token-{{number}}"}""");
    }

    /// <param name="jitter">Fraction of the backoff bound to wait; fixed so delays are predictable.</param>
    public HttpConnectorClient CreateClient(double jitter = 0.5)
    {
        var factory = new StubHttpClientFactory(Http);
        var tokens = new ConnectorTokenProvider(Options.Create(BotOptions), factory, Clock, NullLogger<ConnectorTokenProvider>.Instance);
        _tokenProviders.Add(tokens);
        return new HttpConnectorClient(factory, tokens, Options.Create(ConnectorOptions), Clock, Logger, new FixedRandom(jitter));
    }

    /// <summary>
    /// Sends a message to conversation-1. Bounded in real time, so a client that never finishes fails the test
    /// (TimeoutException) instead of hanging it.
    /// </summary>
    public static Task<ResourceResponse> SendAsync(HttpConnectorClient client, CancellationToken cancellationToken = default) =>
        SendAsync(client, SendAttempts.ClientRetries, cancellationToken);

    /// <summary>The same, tried as <paramref name="attempts"/> says.</summary>
    public static Task<ResourceResponse> SendAsync(HttpConnectorClient client, SendAttempts attempts, CancellationToken cancellationToken = default) =>
        client.SendToConversationAsync(ServiceUrl, "conversation-1", Message(), attempts, cancellationToken).WaitAsync(TimeSpan.FromSeconds(10));

    /// <summary>Due times of retry waits (the per-attempt timeout timers are skipped).</summary>
    public Task<TimeSpan> NextRetryDelayAsync() => Clock.NextTimerAsync(due => due != ConnectorOptions.AttemptTimeout);

    public static Activity Message(string text = "你好") => new()
    {
        Type = ActivityTypes.Message,
        From = new ChannelAccount { Id = "bot-1", Name = "支部助手" },
        Recipient = new ChannelAccount { Id = "user-1" },
        Conversation = new ConversationAccount { Id = "conversation-1" },
        Text = text,
    };

    public void Dispose()
    {
        foreach (var tokens in _tokenProviders)
        {
            tokens.Dispose();
        }

        Http.Dispose();
    }

    private Task<HttpResponseMessage> ChannelAnswer(RecordedRequest request, CancellationToken cancellationToken)
    {
        if (ChannelOverride is { } channel)
        {
            return channel(request, cancellationToken);
        }

        var call = Interlocked.Increment(ref _channelCalls) - 1;
        return Task.FromResult(_channelScript[Math.Min(call, _channelScript.Length - 1)]());
    }
}
