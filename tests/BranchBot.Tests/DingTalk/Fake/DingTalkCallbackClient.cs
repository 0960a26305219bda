using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using BranchBot.BotFramework.DingTalk;

namespace BranchBot.Tests.DingTalk.Fake;

/// <summary>
/// The platform's side of the robot callback: the JSON of a member's message in a one-to-one or group chat, signed with
/// the timestamp and sign headers and POSTed to /api/dingtalk, as 钉钉 does.
/// </summary>
internal sealed class DingTalkCallbackClient(HttpClient http, Func<DateTimeOffset> now)
{
    private long _msgId;

    public static IDictionary<string, string?> Settings(string? apiBaseUrl = "http://dingtalk.fake") => new Dictionary<string, string?>
    {
        ["DingTalk:AppKey"] = DingTalkPlatformFake.AppKey,
        ["DingTalk:AppSecret"] = DingTalkPlatformFake.AppSecret,
        ["DingTalk:RobotCode"] = DingTalkPlatformFake.RobotCode,
        ["DingTalk:ApiBaseUrl"] = apiBaseUrl,
    };

    public string NextMsgId() => $"msgDT{Interlocked.Increment(ref _msgId)}";

    public JsonObject Text(string staffId, string text, string? msgId = null, bool inGroup = false, bool atRobot = false) => new()
    {
        ["msgtype"] = "text",
        ["text"] = new JsonObject { ["content"] = inGroup && atRobot ? " " + text : text },
        ["msgId"] = msgId ?? NextMsgId(),
        ["createAt"] = now().ToUnixTimeMilliseconds(),
        ["conversationType"] = inGroup ? "2" : "1",
        ["conversationId"] = inGroup ? "cidGroupOfBranch==" : "cid" + staffId + "==",
        ["senderId"] = "$:LWCP_v1:$" + staffId,
        ["senderNick"] = staffId,
        ["senderStaffId"] = staffId,
        ["chatbotUserId"] = "$:LWCP_v1:$robot",
        ["robotCode"] = DingTalkPlatformFake.RobotCode,
        ["isInAtList"] = inGroup && atRobot,
        ["sessionWebhook"] = "https://oapi.dingtalk.com/robot/sendBySession?session=fake",
    };

    public Task<HttpResponseMessage> PostAsync(JsonObject message, DateTimeOffset? timestamp = null, string? signOverride = null) =>
        PostRawAsync(message.ToJsonString(), timestamp, signOverride);

    public async Task<HttpResponseMessage> PostRawAsync(string body, DateTimeOffset? timestamp = null, string? signOverride = null)
    {
        var ts = (timestamp ?? now()).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(DingTalkCallbackEndpoint.Route, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("timestamp", ts);
        request.Headers.Add("sign", signOverride ?? DingTalkSignature.Compute(ts, DingTalkPlatformFake.AppSecret));
        return await http.SendAsync(request);
    }
}
