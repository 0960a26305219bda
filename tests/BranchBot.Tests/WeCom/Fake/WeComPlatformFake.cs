using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BranchBot.Tests.WeCom.Fake;

/// <summary>
/// The 企业微信 server API as its documentation describes it, in memory: <c>gettoken</c> (7200-second tokens),
/// <c>message/send</c> (text, markdown, template_card; a card's answer carries a response_code) and
/// <c>message/update_template_card</c>; a token that was expired answers 42001, an unknown one 40014. Failures can be
/// injected per send call (<see cref="SendFailure"/>). Used as the primary handler of the WeCom HTTP client.
/// </summary>
internal sealed class WeComPlatformFake : HttpMessageHandler
{
    public const string CorpId = "wwbranchbottest0001";
    public const string Secret = "fake-app-secret";
    public const int AgentId = 1000002;

    private readonly Lock _gate = new();
    private readonly HashSet<string> _expired = new(StringComparer.Ordinal);
    private string? _validToken;
    private int _tokenNumber;
    private int _sendCalls;
    private long _messageNumber;

    public ConcurrentQueue<SentMessage> Sent { get; } = new();

    public ConcurrentQueue<CardUpdate> CardUpdates { get; } = new();

    public int TokensIssued => Volatile.Read(ref _tokenNumber);

    public int SendCalls => Volatile.Read(ref _sendCalls);

    /// <summary>Given the 1-based number of a message/send call, the errcode to answer instead of sending (null: send).</summary>
    public Func<int, int?>? SendFailure { get; set; }

    /// <summary>Ends the current token's life, as the platform does after 7200 seconds: its next use answers 42001.</summary>
    public void ExpireToken()
    {
        lock (_gate)
        {
            if (_validToken is not null)
            {
                _expired.Add(_validToken);
                _validToken = null;
            }
        }
    }

    public IReadOnlyList<SentMessage> SentTo(string user) => [.. Sent.Where(m => m.ToUser == user)];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri.Query);
        if (path == "/cgi-bin/gettoken" && request.Method == HttpMethod.Get)
        {
            return GetToken(query["corpid"], query["corpsecret"]);
        }

        if (request.Method != HttpMethod.Post)
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        var tokenError = CheckToken(query["access_token"]);
        if (tokenError is not null)
        {
            return Answer(new JsonObject { ["errcode"] = tokenError, ["errmsg"] = tokenError == 42001 ? "access_token expired" : "invalid access_token" });
        }

        var body = JsonNode.Parse(await request.Content!.ReadAsStringAsync(cancellationToken))!.AsObject();
        return path switch
        {
            "/cgi-bin/message/send" => Send(body),
            "/cgi-bin/message/update_template_card" => UpdateCard(body),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        };
    }

    private HttpResponseMessage GetToken(string? corpId, string? secret)
    {
        if (corpId != CorpId || secret != Secret)
        {
            return Answer(new JsonObject { ["errcode"] = 40001, ["errmsg"] = "invalid credential" });
        }

        lock (_gate)
        {
            _validToken = $"token-{Interlocked.Increment(ref _tokenNumber)}";
            return Answer(new JsonObject { ["errcode"] = 0, ["errmsg"] = "ok", ["access_token"] = _validToken, ["expires_in"] = 7200 });
        }
    }

    private int? CheckToken(string? token)
    {
        lock (_gate)
        {
            return token == _validToken && token is not null ? null : token is not null && _expired.Contains(token) ? 42001 : 40014;
        }
    }

    private HttpResponseMessage Send(JsonObject body)
    {
        var call = Interlocked.Increment(ref _sendCalls);
        if (SendFailure?.Invoke(call) is { } failure)
        {
            return Answer(new JsonObject { ["errcode"] = failure, ["errmsg"] = failure == 45009 ? "api freq out of limit" : "system busy" });
        }

        if (body["agentid"]?.GetValue<int>() != AgentId || body["touser"]?.GetValue<string>() is not { Length: > 0 } user)
        {
            return Answer(new JsonObject { ["errcode"] = 40056, ["errmsg"] = "invalid agentid or touser" });
        }

        var type = body["msgtype"]!.GetValue<string>();
        var msgId = $"msg-{Interlocked.Increment(ref _messageNumber)}";
        var sent = type switch
        {
            "text" or "markdown" => new SentMessage(user, type, body[type]!["content"]!.GetValue<string>(), null, msgId, null),
            "template_card" => SentMessage.Card(user, body["template_card"]!.AsObject(), msgId),
            _ => null,
        };
        if (sent is null || Encoding.UTF8.GetByteCount(sent.Content) > 2048)
        {
            return Answer(new JsonObject { ["errcode"] = 44004, ["errmsg"] = "content size out of limit" });
        }

        Sent.Enqueue(sent);
        var answer = new JsonObject { ["errcode"] = 0, ["errmsg"] = "ok", ["msgid"] = msgId };
        if (sent.ResponseCode is not null)
        {
            answer["response_code"] = sent.ResponseCode;
        }

        return Answer(answer);
    }

    private HttpResponseMessage UpdateCard(JsonObject body)
    {
        var code = body["response_code"]?.GetValue<string>();
        var card = Sent.FirstOrDefault(m => m.ResponseCode == code && code is not null);
        if (card is null || body["agentid"]?.GetValue<int>() != AgentId)
        {
            return Answer(new JsonObject { ["errcode"] = 40058, ["errmsg"] = "invalid response_code" });
        }

        CardUpdates.Enqueue(new CardUpdate(card.TaskId!, body["button"]?["replace_name"]?.GetValue<string>() ?? string.Empty));
        return Answer(new JsonObject { ["errcode"] = 0, ["errmsg"] = "ok" });
    }

    private static HttpResponseMessage Answer(JsonObject body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };

    /// <summary>A message the application sent: its text (a card's title and subtitle), a card's task id and buttons (label, key).</summary>
    public sealed record SentMessage(string ToUser, string Type, string Content, IReadOnlyList<(string Text, string Key)>? Buttons, string MsgId, string? TaskId)
    {
        public string? ResponseCode => TaskId is null ? null : $"rc-{TaskId}";

        public static SentMessage Card(string user, JsonObject card, string msgId)
        {
            var title = card["main_title"]?["title"]?.GetValue<string>() ?? string.Empty;
            var subtitle = card["sub_title_text"]?.GetValue<string>();
            var buttons = card["button_list"]!.AsArray().Select(b => (b!["text"]!.GetValue<string>(), b["key"]!.GetValue<string>())).ToList();
            return new SentMessage(user, "template_card", subtitle is null ? title : title + "\n" + subtitle, buttons, msgId, card["task_id"]!.GetValue<string>());
        }
    }

    public sealed record CardUpdate(string TaskId, string ReplaceName);

    public static string Json(object value) => JsonSerializer.Serialize(value);
}
