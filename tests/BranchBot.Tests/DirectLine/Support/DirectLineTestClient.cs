using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace BranchBot.Tests.DirectLine.Support;

/// <summary>A thin Direct Line client over the test server's HttpClient; answers are raw so tests see the wire.</summary>
public sealed class DirectLineTestClient(HttpClient http) : IDisposable
{
    public const string Base = "/v3/directline";

    public HttpClient Http => http;

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, string? json = null)
    {
        using var request = new HttpRequestMessage(method, Base + path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await http.SendAsync(request);
    }

    public async Task<TestConversation> GenerateTokenAsync(string? userId = null)
    {
        var body = userId is null ? null : JsonSerializer.Serialize(new { user = new { id = userId } });
        using var response = await SendAsync(HttpMethod.Post, "/tokens/generate", DirectLineApp.Secret, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await ReadJsonAsync(response);
        return new TestConversation(json.GetProperty("conversationId").GetString()!, json.GetProperty("token").GetString()!, null);
    }

    /// <summary>tokens/generate with the secret, then POST conversations with that token: the web chat's start.</summary>
    public async Task<TestConversation> StartAsync(string? userId = null)
    {
        var generated = await GenerateTokenAsync(userId);
        using var response = await SendAsync(HttpMethod.Post, "/conversations", generated.Token);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await ReadJsonAsync(response);
        return new TestConversation(json.GetProperty("conversationId").GetString()!, json.GetProperty("token").GetString()!, json.GetProperty("streamUrl").GetString());
    }

    public Task<HttpResponseMessage> PostMessageAsync(TestConversation conversation, string text, string fromId = "client-chosen-id", string? clientActivityId = null) =>
        SendAsync(HttpMethod.Post, $"/conversations/{conversation.Id}/activities", conversation.Token, JsonSerializer.Serialize(new
        {
            type = "message",
            text,
            from = new { id = fromId, name = "随便起的名字", role = "user" },
            channelData = new { clientActivityID = clientActivityId ?? Guid.NewGuid().ToString("N") },
        }));

    public async Task<JsonElement> GetActivitiesAsync(TestConversation conversation, string? watermark = null)
    {
        var query = watermark is null ? string.Empty : $"?watermark={Uri.EscapeDataString(watermark)}";
        using var response = await SendAsync(HttpMethod.Get, $"/conversations/{conversation.Id}/activities{query}", conversation.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadJsonAsync(response);
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static IEnumerable<JsonElement> Activities(JsonElement activitySet) => activitySet.GetProperty("activities").EnumerateArray();

    public static string? Text(JsonElement activity) => activity.TryGetProperty("text", out var text) ? text.GetString() : null;

    public void Dispose() => http.Dispose();
}

public sealed record TestConversation(string Id, string Token, string? StreamUrl);
