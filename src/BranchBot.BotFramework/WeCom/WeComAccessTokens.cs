using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace BranchBot.BotFramework.WeCom;

/// <summary>
/// The application's access token from <c>gettoken</c>, shared by every sender: kept until
/// <see cref="WeComOptions.TokenRefreshMargin"/> before it expires, fetched by one caller at a time (the others wait
/// for that fetch), and dropped when the platform says it is invalid or expired (40014, 42001).
/// </summary>
public sealed class WeComAccessTokens(IHttpClientFactory clients, IOptions<WeComOptions> options, TimeProvider time)
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile CachedToken? _current;

    /// <summary>How many times a token was fetched (tests check that a burst of sends shares one).</summary>
    public int Fetches { get; private set; }

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } cached && cached.FreshAt(time.GetUtcNow()))
        {
            return cached.Value;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } fetched && fetched.FreshAt(time.GetUtcNow()))
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
        var url = WeComApi.Url(settings, "gettoken", $"corpid={Uri.EscapeDataString(settings.CorpId!)}&corpsecret={Uri.EscapeDataString(settings.Secret!)}");
        Fetches++;
        TokenResponse? response;
        try
        {
            response = await clients.CreateClient(WeComApi.HttpClientName).GetFromJsonAsync<TokenResponse>(url, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or System.Text.Json.JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw WeComErrors.Unreachable("gettoken", exception);
        }

        if (response is not { ErrCode: 0, AccessToken: { Length: > 0 } token })
        {
            throw WeComErrors.From("gettoken", response?.ErrCode ?? -1, response?.ErrMsg);
        }

        var lifetime = TimeSpan.FromSeconds(response.ExpiresIn > 0 ? response.ExpiresIn : 7200);
        return new CachedToken(token, time.GetUtcNow() + lifetime - settings.TokenRefreshMargin);
    }

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt)
    {
        public bool FreshAt(DateTimeOffset now) => now < RefreshAt;
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("errcode")] int ErrCode,
        [property: JsonPropertyName("errmsg")] string? ErrMsg,
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
