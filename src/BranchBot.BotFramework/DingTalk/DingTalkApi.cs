using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace BranchBot.BotFramework.DingTalk;

/// <summary>
/// Calls the 钉钉 OpenAPI (<c>{ApiBaseUrl}/v1.0/...</c>) with the shared access token in the
/// <c>x-acs-dingtalk-access-token</c> header: a token the platform rejects is fetched again and the call retried once;
/// any other failure becomes a <see cref="Outgoing.ChannelDeliveryException"/> (see <see cref="DingTalkErrors"/>).
/// </summary>
public sealed class DingTalkApi(IHttpClientFactory clients, DingTalkAccessTokens tokens, IOptions<DingTalkOptions> options)
{
    public const string HttpClientName = "DingTalk";
    public const string TokenHeader = "x-acs-dingtalk-access-token";

    public static Uri Url(DingTalkOptions settings, string api)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new Uri($"{settings.ApiBaseUrl.TrimEnd('/')}/v1.0/{api}");
    }

    public string RobotCode => options.Value.RobotCode!;

    /// <summary>POSTs <paramref name="body"/> to <paramref name="api"/>; the answer when the status is 2xx.</summary>
    public async Task<JsonObject> PostAsync(string api, JsonObject body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        for (var attempt = 1; ; attempt++)
        {
            var token = await tokens.GetAsync(cancellationToken);
            var (status, answer) = await SendAsync(api, token, body, cancellationToken);
            if ((int)status is >= 200 and < 300)
            {
                return answer ?? [];
            }

            var code = answer?["code"]?.GetValue<string>();
            if (DingTalkErrors.IsTokenRejected(status, code) && attempt == 1)
            {
                tokens.Invalidate(token);
                continue;
            }

            throw DingTalkErrors.From(api, status, code, answer?["message"]?.GetValue<string>());
        }
    }

    /// <summary>The answer's JSON object, or null for an empty or non-object body (an error page from a proxy).</summary>
    public static async Task<JsonObject?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            return text.Length == 0 ? null : JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException) when (!response.IsSuccessStatusCode)
        {
            return null;
        }
    }

    private async Task<(System.Net.HttpStatusCode Status, JsonObject? Answer)> SendAsync(string api, string token, JsonObject body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Url(options.Value, api)) { Content = JsonContent.Create(body) };
        request.Headers.Add(TokenHeader, token);
        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            return (response.StatusCode, await ReadJsonAsync(response, cancellationToken));
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or InvalidOperationException
            || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw DingTalkErrors.Unreachable(api, exception);
        }
    }
}
