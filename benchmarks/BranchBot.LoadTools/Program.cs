using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

// Load-test helpers for benchmarks/run-messages.sh, both on loopback only:
//   connector PORT            a Bot Connector stand-in that accepts every reply (200 {"id":...})
//   minimal-bot PORT CONNECTOR the floor: parse the activity, post one reply to the connector, answer 200
if (args is not [var mode, var port, ..])
{
    Console.Error.WriteLine("usage: connector PORT | minimal-bot PORT CONNECTOR_URL");
    return 2;
}

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
var app = builder.Build();
long received = 0;

switch (mode)
{
    case "connector":
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", async (HttpRequest request) =>
        {
            await request.Body.CopyToAsync(Stream.Null);
            return Results.Text($$"""{"id":"{{Interlocked.Increment(ref received)}}"}""", "application/json");
        });
        app.MapPost("/v3/conversations/{conversationId}/activities", async (HttpRequest request) =>
        {
            await request.Body.CopyToAsync(Stream.Null);
            return Results.Text($$"""{"id":"{{Interlocked.Increment(ref received)}}"}""", "application/json");
        });
        app.MapGet("/count", () => Interlocked.Read(ref received));
        break;
    case "minimal-bot" when args.Length > 2:
        var client = new HttpClient { BaseAddress = new Uri(args[2]) };
        app.MapPost("/api/messages", async (HttpRequest request) =>
        {
            var activity = await JsonNode.ParseAsync(request.Body) as JsonObject;
            if (activity?["conversation"]?["id"]?.GetValue<string>() is not { } conversation || activity["id"]?.GetValue<string>() is not { } id)
            {
                return Results.BadRequest();
            }

            var reply = new JsonObject
            {
                ["type"] = "message",
                ["text"] = "收到：" + activity["text"]?.GetValue<string>(),
                ["replyToId"] = id,
                ["recipient"] = activity["from"]?.DeepClone(),
                ["from"] = activity["recipient"]?.DeepClone(),
                ["conversation"] = activity["conversation"]?.DeepClone(),
            };
            using var response = await client.PostAsJsonAsync($"v3/conversations/{Uri.EscapeDataString(conversation)}/activities/{Uri.EscapeDataString(id)}", reply, JsonSerializerOptions.Web);
            return response.IsSuccessStatusCode ? Results.Ok() : Results.StatusCode(502);
        });
        break;
    default:
        Console.Error.WriteLine($"unknown mode {mode}");
        return 2;
}

await app.RunAsync();
return 0;
