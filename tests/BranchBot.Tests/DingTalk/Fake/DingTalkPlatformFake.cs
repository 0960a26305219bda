using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BranchBot.BotFramework.DingTalk;

namespace BranchBot.Tests.DingTalk.Fake;

/// <summary>
/// The 钉钉 OpenAPI as its documentation describes it, in memory: <c>POST /v1.0/oauth2/accessToken</c> (7200-second
/// tokens) and <c>POST /v1.0/robot/oToMessages/batchSend</c> (sampleText, sampleMarkdown, sampleActionCard[2-5]; the
/// token in the x-acs-dingtalk-access-token header). A token that was expired or unknown answers 401
/// InvalidAuthentication. Failures can be injected per send call (<see cref="SendFailure"/>).
/// </summary>
internal sealed class DingTalkPlatformFake : HttpMessageHandler
{
    public const string AppKey = "dingbranchbottest";
    public const string AppSecret = "fake-dingtalk-app-secret";
    public const string RobotCode = "dingbranchbotrobot";

    private readonly Lock _gate = new();
    private string? _validToken;
    private int _tokenNumber;
    private int _sendCalls;
    private long _messageNumber;

    public ConcurrentQueue<SentMessage> Sent { get; } = new();

    public int TokensIssued => Volatile.Read(ref _tokenNumber);

    public int SendCalls => Volatile.Read(ref _sendCalls);

    /// <summary>Given the 1-based number of a batchSend call, the HTTP status and code to answer instead of sending (null: send).</summary>
    public Func<int, (HttpStatusCode Status, string Code)?>? SendFailure { get; set; }

    /// <summary>Ends the current token's life: its next use answers 401.</summary>
    public void ExpireToken()
    {
        lock (_gate)
        {
            _validToken = null;
        }
    }

    public IReadOnlyList<SentMessage> SentTo(string user) => [.. Sent.Where(m => m.ToUser == user)];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Post)
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        var body = JsonNode.Parse(await request.Content!.ReadAsStringAsync(cancellationToken))!.AsObject();
        switch (request.RequestUri!.AbsolutePath)
        {
            case "/v1.0/oauth2/accessToken":
                return Token(body);
            case "/v1.0/robot/oToMessages/batchSend":
                var token = request.Headers.TryGetValues(DingTalkApi.TokenHeader, out var values) ? values.Single() : null;
                lock (_gate)
                {
                    if (token is null || token != _validToken)
                    {
                        return Error(HttpStatusCode.Unauthorized, DingTalkErrors.InvalidAuthentication, "不合法的access_token");
                    }
                }

                return BatchSend(body);
            default:
                return new HttpResponseMessage(HttpStatusCode.NotFound);
        }
    }

    private HttpResponseMessage Token(JsonObject body)
    {
        if (body["appKey"]?.GetValue<string>() != AppKey || body["appSecret"]?.GetValue<string>() != AppSecret)
        {
            return Error(HttpStatusCode.BadRequest, "invalidClientIdOrSecret", "无效的clientId或者clientSecret");
        }

        lock (_gate)
        {
            _validToken = $"dt-token-{Interlocked.Increment(ref _tokenNumber)}";
            return Answer(new JsonObject { ["accessToken"] = _validToken, ["expireIn"] = 7200 });
        }
    }

    private HttpResponseMessage BatchSend(JsonObject body)
    {
        var call = Interlocked.Increment(ref _sendCalls);
        if (SendFailure?.Invoke(call) is { } failure)
        {
            return Error(failure.Status, failure.Code, "injected failure");
        }

        if (body["robotCode"]?.GetValue<string>() != RobotCode)
        {
            return Error(HttpStatusCode.BadRequest, "invalidParameter.robotCode.notExsit", "robotCode不存在");
        }

        var users = body["userIds"]!.AsArray().Select(u => u!.GetValue<string>()).ToList();
        var key = body["msgKey"]!.GetValue<string>();
        var param = JsonNode.Parse(body["msgParam"]!.GetValue<string>())!.AsObject();
        var content = key switch
        {
            "sampleText" => param["content"]!.GetValue<string>(),
            "sampleMarkdown" or "sampleActionCard" or "sampleActionCard2" or "sampleActionCard3" or "sampleActionCard4" or "sampleActionCard5" => param["text"]!.GetValue<string>(),
            _ => null,
        };
        if (content is null)
        {
            return Error(HttpStatusCode.BadRequest, "invalidParameter.msgKey.invalid", "msgKey不合法");
        }

        if (content.Length > 5000)
        {
            return Error(HttpStatusCode.BadRequest, "invalidParameter.msgParam.tooLong", "msgParam过长");
        }

        var invalid = users.Where(u => u.Contains("gone", StringComparison.Ordinal)).ToList();
        var processKey = $"pqk-{Interlocked.Increment(ref _messageNumber)}";
        foreach (var user in users.Except(invalid))
        {
            Sent.Enqueue(new SentMessage(user, key, content, ButtonsOf(key, param), processKey));
        }

        return Answer(new JsonObject
        {
            ["processQueryKey"] = processKey,
            ["invalidStaffIdList"] = new JsonArray([.. invalid.Select(u => (JsonNode)u)]),
            ["flowControlledStaffIdList"] = new JsonArray(),
        });
    }

    /// <summary>A card's buttons as the client shows them: the label and the text its sendMessage link sends back.</summary>
    private static IReadOnlyList<(string Title, string Command)>? ButtonsOf(string key, JsonObject card)
    {
        if (key == "sampleActionCard")
        {
            return [(card["singleTitle"]!.GetValue<string>(), CommandOf(card["singleURL"]!.GetValue<string>()))];
        }

        if (!key.StartsWith("sampleActionCard", StringComparison.Ordinal))
        {
            return null;
        }

        var count = int.Parse(key["sampleActionCard".Length..], System.Globalization.CultureInfo.InvariantCulture);
        return [.. Enumerable.Range(1, count).Select(i => (card[$"actionTitle{i}"]!.GetValue<string>(), CommandOf(card[$"actionURL{i}"]!.GetValue<string>())))];
    }

    private static string CommandOf(string link)
    {
        Assert.StartsWith("dtmd://dingtalkclient/sendMessage?content=", link, StringComparison.Ordinal);
        return Uri.UnescapeDataString(link[(link.IndexOf('=', StringComparison.Ordinal) + 1)..]);
    }

    private static HttpResponseMessage Answer(JsonObject body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };

    private static HttpResponseMessage Error(HttpStatusCode status, string code, string message) =>
        new(status) { Content = new StringContent(new JsonObject { ["code"] = code, ["message"] = message, ["requestid"] = "fake" }.ToJsonString(), Encoding.UTF8, "application/json") };

    /// <summary>A message the robot sent: its text (a card's text), a card's buttons (label, command sent back on press).</summary>
    public sealed record SentMessage(string ToUser, string MsgKey, string Content, IReadOnlyList<(string Title, string Command)>? Buttons, string ProcessQueryKey);
}
