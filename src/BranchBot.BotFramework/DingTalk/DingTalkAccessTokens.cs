using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace BranchBot.BotFramework.DingTalk;

/// <summary>
/// The application's OpenAPI access token (<c>POST /v1.0/oauth2/accessToken</c> with appKey and appSecret), shared by
/// every sender: kept until <see cref="DingTalkOptions.TokenRefreshMargin"/> before <c>expireIn</c> runs out, fetched by
/// one caller at a time, and dropped when the platform calls it invalid.
/// </summary>
public sealed class DingTalkAccessTokens(IHttpClientFactory clients, IOptions<DingTalkOptions> options, TimeProvider time)
{
    private const string Api = "oauth2/accessToken";
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile CachedToken? _current;
    private int _fetches;

    /// <summary>How many times a token was fetched (tests check that a burst of sends shares one).</summary>
    public int Fetches => Volatile.Read(ref _fetches);

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } cached && time.GetUtcNow() < cached.RefreshAt)
        {
            return cached.Value;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } fetched && time.GetUtcNow() < fetched.RefreshAt)
            {
                return fetched.Value;
            }

            _current = await FetchAsync(cancellationToken);
            return _current.Value;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Forgets <paramref name="rejected"/> unless another caller already replaced it.</summary>
    public void Invalidate(string rejected)
    {
        if (_current is { } cached && cached.Value == rejected)
        {
            _current = null;
        }
    }

    private async Task<CachedToken> FetchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        Interlocked.Increment(ref _fetches);
        var body = new JsonObject { ["appKey"] = settings.AppKey, ["appSecret"] = settings.AppSecret };
        JsonObject? answer;
        System.Net.HttpStatusCode status;
        try
        {
            using var response = await clients.CreateClient(DingTalkApi.HttpClientName).PostAsJsonAsync(DingTalkApi.Url(settings, Api), body, cancellationToken);
            status = response.StatusCode;
            answer = await DingTalkApi.ReadJsonAsync(response, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or System.Text.Json.JsonException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw DingTalkErrors.Unreachable(Api, exception);
        }

        if (answer?["accessToken"]?.GetValue<string>() is not { Length: > 0 } token)
        {
            throw DingTalkErrors.From(Api, status, answer?["code"]?.GetValue<string>(), answer?["message"]?.GetValue<string>());
        }

        var seconds = answer["expireIn"] is JsonValue expireIn && expireIn.TryGetValue<long>(out var s) && s > 0 ? s : 7200;
        return new CachedToken(token, time.GetUtcNow() + TimeSpan.FromSeconds(seconds) - settings.TokenRefreshMargin);
    }

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt);
}
