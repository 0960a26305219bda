using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BranchBot.Tests.Support;

/// <summary>
/// A Bot Connector on a real loopback port, for servers running as their own processes: it accepts every activity
/// posted to <c>v3/conversations/{id}/activities[/{replyTo}]</c> and records its conversation and text.
/// </summary>
internal sealed class HttpChannelConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string ConversationId, string Text)> _received = new();

    private HttpChannelConnector(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = string.Empty;

    public static async Task<HttpChannelConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--urls", "http://127.0.0.1:0"] });
        builder.Logging.ClearProviders();
        var connector = new HttpChannelConnector(builder.Build());
        connector._app.MapPost("/v3/conversations/{conversationId}/activities/{**replyTo}", connector.ReceiveAsync);
        await connector._app.StartAsync();
        var address = connector._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        connector.ServiceUrl = address.TrimEnd('/') + "/";
        return connector;
    }

    public int Count => _received.Count;

    /// <summary>How many activities each conversation received whose text contains <paramref name="fragment"/>.</summary>
    public Dictionary<string, int> PerConversation(string fragment) =>
        _received.Where(r => r.Text.Contains(fragment, StringComparison.Ordinal))
            .GroupBy(r => r.ConversationId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    public string TextsOf(string conversationId) =>
        string.Join("\n", _received.Where(r => r.ConversationId == conversationId).Select(r => r.Text));

    private async Task<IResult> ReceiveAsync(string conversationId, HttpRequest request)
    {
        using var body = await JsonDocument.ParseAsync(request.Body);
        var text = new StringBuilder();
        CollectStrings(body.RootElement.TryGetProperty("text", out var value) ? value : default, text);
        CollectStrings(body.RootElement.TryGetProperty("attachments", out var attachments) ? attachments : default, text); // cards' texts count too
        _received.Enqueue((WebUtility.UrlDecode(conversationId), text.ToString()));
        return Results.Json(new { id = Guid.NewGuid().ToString("N") });
    }

    private static void CollectStrings(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                text.Append(element.GetString()).Append('\n');
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CollectStrings(item, text);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    CollectStrings(property.Value, text);
                }

                break;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
