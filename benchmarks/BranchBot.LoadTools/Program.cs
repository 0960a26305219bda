using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

// Load-test helpers for benchmarks/run-messages.sh, run-scheduler.sh and run-delivery.sh, all on loopback only:
//   connector PORT [THROTTLE_EVERY] a Bot Connector stand-in that accepts every message (200 {"id":...}); with
//                                   THROTTLE_EVERY = n, every n-th request is answered 429 with Retry-After: 1.
//                                   GET /count, /stats (received, distinct conversations, duplicates, throttled,
//                                   first and last receive time in ms) and /conversations (id -> messages).
//                                   With COUNT_TEXT set, GET /matching counts the messages whose body contains it; with
//                                   KEEP_TEXT set, GET /kept answers the latest body that contains that.
//                                   The same port also stands in for 企业微信 (GET /cgi-bin/gettoken, POST
//                                   /cgi-bin/message/send, counted by touser; every n-th send answered errcode 45009) and
//                                   for 钉钉 (POST /v1.0/oauth2/accessToken, POST /v1.0/robot/oToMessages/batchSend,
//                                   counted per userId; every n-th send answered HTTP 403 QpsLimitForApi).
//   minimal-bot PORT CONNECTOR      the floor: parse the activity, post one reply to the connector, answer 200
//   burst BOT CONNECTOR MEMBERS SECONDS CONCURRENCY TEXT
//                                   each member u0..u{MEMBERS-1} sends TEXT once, started evenly over SECONDS (0: as
//                                   fast as CONCURRENCY allows), at most CONCURRENCY at a time; prints the time taken,
//                                   non-2xx answers and the latency percentiles of the POSTs (each returns once the
//                                   bot's reply is with the connector).
if (args is ["burst", var botUrl, var connectorUrl, var memberText, var secondsText, var concurrencyText, var burstText])
{
    return await BurstAsync(botUrl, connectorUrl, int.Parse(memberText, System.Globalization.CultureInfo.InvariantCulture),
        double.Parse(secondsText, System.Globalization.CultureInfo.InvariantCulture), int.Parse(concurrencyText, System.Globalization.CultureInfo.InvariantCulture), burstText);
}

if (args is not [var mode, var port, ..])
{
    Console.Error.WriteLine("usage: connector PORT [THROTTLE_EVERY] | minimal-bot PORT CONNECTOR_URL | burst BOT CONNECTOR MEMBERS SECONDS CONCURRENCY TEXT");
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
        long requests = 0, throttled = 0, firstMs = -1, lastMs = -1, matching = 0;
        var countText = Environment.GetEnvironmentVariable("COUNT_TEXT");
        var keepText = Environment.GetEnvironmentVariable("KEEP_TEXT");
        var kept = string.Empty;
        async Task<IResult> AcceptAsync(HttpRequest request, HttpResponse response, string conversationId)
        {
            if (string.IsNullOrEmpty(countText) && string.IsNullOrEmpty(keepText))
            {
                await request.Body.CopyToAsync(Stream.Null);
            }
            else
            {
                var body = await new StreamReader(request.Body).ReadToEndAsync();
                if (!string.IsNullOrEmpty(countText) && body.Contains(countText, StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref matching);
                }

                if (!string.IsNullOrEmpty(keepText) && body.Contains(keepText, StringComparison.Ordinal))
                {
                    Volatile.Write(ref kept, body);
                }
            }

            if (Throttle())
            {
                response.Headers.RetryAfter = "1";
                return Results.StatusCode(429);
            }

            return Results.Text($$"""{"id":"{{Count(conversationId)}}"}""", "application/json");
        }

        // The platforms' own frequency-limit answers instead of a 429, as their documentation gives them.
        bool Throttle()
        {
            if (throttleEvery > 0 && Interlocked.Increment(ref requests) % throttleEvery == 0)
            {
                Interlocked.Increment(ref throttled);
                return true;
            }

            return false;
        }

        // One message received for the recipient; returns how many the connector has received in all (a message id).
        long Count(string recipient)
        {
            perConversation.AddOrUpdate(recipient, 1, (_, count) => count + 1);
            var now = clock.ElapsedMilliseconds;
            Interlocked.CompareExchange(ref firstMs, now, -1);
            Interlocked.Exchange(ref lastMs, now);
            return Interlocked.Increment(ref received);
        }

        app.MapGet("/cgi-bin/gettoken", () => Results.Json(new { errcode = 0, errmsg = "ok", access_token = "bench-token", expires_in = 7200 }));
        app.MapPost("/cgi-bin/message/send", async (HttpRequest request) =>
        {
            var body = await JsonNode.ParseAsync(request.Body) as JsonObject;
            if (Throttle())
            {
                return Results.Json(new { errcode = 45009, errmsg = "api freq out of limit" });
            }

            if (body?["touser"]?.GetValue<string>() is not { Length: > 0 } user)
            {
                return Results.Json(new { errcode = 40056, errmsg = "invalid agentid or touser" });
            }

            return Results.Json(new { errcode = 0, errmsg = "ok", msgid = $"msg{Count("wecom:" + user)}" });
        });
        app.MapPost("/v1.0/oauth2/accessToken", () => Results.Json(new { accessToken = "bench-token", expireIn = 7200 }));
        app.MapPost("/v1.0/robot/oToMessages/batchSend", async (HttpRequest request) =>
        {
            var body = await JsonNode.ParseAsync(request.Body) as JsonObject;
            if (Throttle())
            {
                return Results.Json(new { code = "Forbidden.AccessDenied.QpsLimitForApi", message = "qps limit" }, statusCode: 403);
            }

            var users = body?["userIds"]?.AsArray().Select(u => u!.GetValue<string>()).ToList() ?? [];
            foreach (var user in users)
            {
                Count("dingtalk:" + user);
            }

            return Results.Json(new { processQueryKey = $"key{Interlocked.Read(ref received)}", invalidStaffIdList = Array.Empty<string>(), flowControlledStaffIdList = Array.Empty<string>() });
        });
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (HttpRequest request, HttpResponse response, string conversationId) => AcceptAsync(request, response, conversationId));
        app.MapPost("/v3/conversations/{conversationId}/activities", (HttpRequest request, HttpResponse response, string conversationId) => AcceptAsync(request, response, conversationId));
        app.MapGet("/count", () => Interlocked.Read(ref received));
        app.MapGet("/matching", () => Interlocked.Read(ref matching));
        app.MapGet("/kept", () => Results.Text(Volatile.Read(ref kept), "application/json"));
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

static async Task<int> BurstAsync(string botUrl, string connectorUrl, int members, double seconds, int concurrency, string text)
{
    using var client = new HttpClient { BaseAddress = new Uri(botUrl), Timeout = TimeSpan.FromSeconds(60) };
    using var slots = new SemaphoreSlim(concurrency);
    var latencies = new double[members];
    var startedAt = new double[members];
    var failed = 0;

    // The loader's own first request JITs its HTTP and JSON paths; a 帮助 from the first member, not timed, keeps that
    // cost out of the burst's figures (the server has answered 帮助 for everyone already).
    using (await client.PostAsJsonAsync("api/messages", Activity("warm", 0, "帮助")))
    {
    }

    var clock = System.Diagnostics.Stopwatch.StartNew();
    var sends = new List<Task>(members);
    for (var i = 0; i < members; i++)
    {
        var due = TimeSpan.FromSeconds(seconds * i / members);
        if (due > clock.Elapsed)
        {
            await Task.Delay(due - clock.Elapsed);
        }

        await slots.WaitAsync();
        var member = i;
        sends.Add(Task.Run(async () =>
        {
            try
            {
                var started = clock.Elapsed;
                startedAt[member] = started.TotalSeconds;
                using var response = await client.PostAsJsonAsync("api/messages", Activity("burst", member, text));
                latencies[member] = (clock.Elapsed - started).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failed);
                }
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref failed);
                latencies[member] = double.NaN;
            }
            finally
            {
                slots.Release();
            }
        }));
    }

    await Task.WhenAll(sends);
    var taken = clock.Elapsed;
    var sorted = latencies.Where(l => !double.IsNaN(l)).Order().ToArray();
    var slowest = Enumerable.Range(0, members).Where(m => !double.IsNaN(latencies[m]))
        .OrderByDescending(m => latencies[m]).Take(10)
        .Select(m => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{latencies[m]:0} ms at {startedAt[m]:0.00} s"));
    double At(double share) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(share * sorted.Length) - 1)];
    Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{members} x {text} in {taken.TotalSeconds:0.00} s (started over {seconds:0.#} s, {concurrency} at a time): non-2xx or failed {failed}, p50 {At(0.5):0.0} ms, p99 {At(0.99):0.0} ms, max {sorted.LastOrDefault():0.0} ms"));
    Console.WriteLine($"  slowest ten (latency, started after): {string.Join(", ", slowest)}");
    return failed == 0 ? 0 : 1;

    object Activity(string prefix, int member, string message) => new
    {
        type = "message",
        id = $"{prefix}{member}",
        channelId = "emulator",
        serviceUrl = connectorUrl,
        text = message,
        from = new { id = $"u{member}", name = $"党员u{member}" },
        recipient = new { id = "bot", name = "BranchBot" },
        conversation = new { id = $"conv-u{member}" },
        locale = "zh-CN",
    };
}
