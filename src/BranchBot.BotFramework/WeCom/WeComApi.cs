using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace BranchBot.BotFramework.WeCom;

/// <summary>
/// Calls the 企业微信 server API (<c>{ApiBaseUrl}/cgi-bin/...</c>) with the shared access token: a token the platform
/// calls invalid or expired is fetched again and the call retried once; any other error code becomes a
/// <see cref="Outgoing.ChannelDeliveryException"/> (see <see cref="WeComErrors"/>).
/// </summary>
public sealed class WeComApi(IHttpClientFactory clients, WeComAccessTokens tokens, IOptions<WeComOptions> options)
{
    public const string HttpClientName = "WeCom";

    public static string Url(WeComOptions settings, string api, string query)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return $"{settings.ApiBaseUrl.TrimEnd('/')}/cgi-bin/{api}?{query}";
    }

    public int AgentId => int.Parse(options.Value.AgentId!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>POSTs <paramref name="body"/> to <paramref name="api"/>; the answer when its errcode is 0.</summary>
    public async Task<JsonObject> PostAsync(string api, JsonObject body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        for (var attempt = 1; ; attempt++)
        {
            var token = await tokens.GetAsync(cancellationToken);
            var answer = await SendAsync(api, token, body, cancellationToken);
            var code = answer["errcode"]?.GetValue<int>() ?? 0;
            if (code == 0)
            {
                return answer;
            }

            if (WeComErrors.IsTokenRejected(code) && attempt == 1)
            {
                tokens.Invalidate(token);
                continue;
            }

            throw WeComErrors.From(api, code, answer["errmsg"]?.GetValue<string>());
        }
    }

    private async Task<JsonObject> SendAsync(string api, string token, JsonObject body, CancellationToken cancellationToken)
    {
        var url = Url(options.Value, api, $"access_token={Uri.EscapeDataString(token)}");
        try
        {
            using var response = await clients.CreateClient(HttpClientName).PostAsJsonAsync(url, body, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"HTTP {(int)response.StatusCode}", null, response.StatusCode);
            }

            return await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken) ?? throw new JsonException("empty answer");
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or InvalidOperationException
            || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw WeComErrors.Unreachable(api, exception);
        }
    }
}
