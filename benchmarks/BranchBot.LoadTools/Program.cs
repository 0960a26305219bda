using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

// Load-test helpers for benchmarks/run-messages.sh, run-scheduler.sh and run-delivery.sh, all on loopback only:
//   connector PORT [THROTTLE_EVERY] a Bot Connector stand-in that accepts every message (200 {"id":...}); with
//                                   THROTTLE_EVERY = n, every n-th request is answered 429 with Retry-After: 1.
//                                   GET /count, /stats (received, distinct conversations, duplicates, throttled,
//                                   first and last receive time in ms) and /conversations (id -> messages).
//   minimal-bot PORT CONNECTOR      the floor: parse the activity, post one reply to the connector, answer 200
if (args is not [var mode, var port, ..])
{
    Console.Error.WriteLine("usage: connector PORT [THROTTLE_EVERY] | minimal-bot PORT CONNECTOR_URL");
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
        var throttleEvery = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 0;
        var perConversation = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long requests = 0, throttled = 0, firstMs = -1, lastMs = -1;
        async Task<IResult> AcceptAsync(HttpRequest request, HttpResponse response, string conversationId)
        {
            await request.Body.CopyToAsync(Stream.Null);
            if (throttleEvery > 0 && Interlocked.Increment(ref requests) % throttleEvery == 0)
            {
                Interlocked.Increment(ref throttled);
                response.Headers.RetryAfter = "1";
                return Results.StatusCode(429);
            }

            perConversation.AddOrUpdate(conversationId, 1, (_, count) => count + 1);
            var now = clock.ElapsedMilliseconds;
            Interlocked.CompareExchange(ref firstMs, now, -1);
            Interlocked.Exchange(ref lastMs, now);
            return Results.Text($$"""{"id":"{{Interlocked.Increment(ref received)}}"}""", "application/json");
        }

        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (HttpRequest request, HttpResponse response, string conversationId) => AcceptAsync(request, response, conversationId));
        app.MapPost("/v3/conversations/{conversationId}/activities", (HttpRequest request, HttpResponse response, string conversationId) => AcceptAsync(request, response, conversationId));
        app.MapGet("/count", () => Interlocked.Read(ref received));
        app.MapGet("/stats", () => Results.Json(new
        {
            received = Interlocked.Read(ref received),
            distinct = perConversation.Count,
            duplicates = perConversation.Values.Sum(count => count - 1),
            throttled = Interlocked.Read(ref throttled),
            firstMs = Interlocked.Read(ref firstMs),
            lastMs = Interlocked.Read(ref lastMs),
        }));
        app.MapGet("/conversations", () => Results.Json(perConversation.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal)));
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
