using System.Globalization;
using System.Security;
using System.Text;
using BranchBot.BotFramework.WeCom;

namespace BranchBot.Tests.WeCom.Fake;

/// <summary>
/// The platform's side of the callback: builds the encrypted XML of a member's text or a card's button press
/// (template_card_event), signs it and POSTs it to /api/wecom, as 企业微信 does.
/// </summary>
internal sealed class WeComCallbackClient(HttpClient http, Func<DateTimeOffset> now)
{
    public const string Token = "fakeCallbackToken";
    public const string EncodingAesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    private readonly WeComMessageCrypt _crypt = new(Token, EncodingAesKey, WeComPlatformFake.CorpId);
    private long _msgId = 7_000_000_000;
    private long _lastCreateTime;

    public static IDictionary<string, string?> Settings(string? apiBaseUrl = "http://wecom.fake") => new Dictionary<string, string?>
    {
        ["WeCom:CorpId"] = WeComPlatformFake.CorpId,
        ["WeCom:AgentId"] = WeComPlatformFake.AgentId.ToString(CultureInfo.InvariantCulture),
        ["WeCom:Secret"] = WeComPlatformFake.Secret,
        ["WeCom:Token"] = Token,
        ["WeCom:EncodingAESKey"] = EncodingAesKey,
        ["WeCom:ApiBaseUrl"] = apiBaseUrl,
    };

    public WeComMessageCrypt Crypt => _crypt;

    public string TextXml(string user, string text, long? msgId = null) =>
        Plain(user, "text", $"<Content><![CDATA[{text}]]></Content><MsgId>{msgId ?? Interlocked.Increment(ref _msgId)}</MsgId>");

    public string PressXml(string user, string taskId, string key, string responseCode) =>
        Plain(user, "event", $"<Event><![CDATA[template_card_event]]></Event><EventKey><![CDATA[{key}]]></EventKey><TaskId><![CDATA[{taskId}]]></TaskId><CardType><![CDATA[button_interaction]]></CardType><ResponseCode><![CDATA[{responseCode}]]></ResponseCode>");

    public Task<HttpResponseMessage> PostAsync(string plainXml, DateTimeOffset? timestamp = null, Func<string, string>? tamperSignature = null)
    {
        var encrypted = _crypt.Encrypt(plainXml);
        var ts = (timestamp ?? now()).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        const string nonce = "1372623149";
        var signature = _crypt.Sign(ts, nonce, encrypted);
        signature = tamperSignature?.Invoke(signature) ?? signature;
        var body = $"<xml><ToUserName><![CDATA[{WeComPlatformFake.CorpId}]]></ToUserName><Encrypt><![CDATA[{encrypted}]]></Encrypt><AgentID><![CDATA[{WeComPlatformFake.AgentId}]]></AgentID></xml>";
        return http.PostAsync(new Uri($"/api/wecom?msg_signature={signature}&timestamp={ts}&nonce={nonce}", UriKind.Relative), new StringContent(body, Encoding.UTF8, "text/xml"));
    }

    public Task<HttpResponseMessage> VerifyUrlAsync(string echo, string? signatureOverride = null)
    {
        var encrypted = _crypt.Encrypt(echo);
        var ts = now().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = signatureOverride ?? _crypt.Sign(ts, "42", encrypted);
        return http.GetAsync(new Uri($"/api/wecom?msg_signature={signature}&timestamp={ts}&nonce=42&echostr={Uri.EscapeDataString(encrypted)}", UriKind.Relative));
    }

    private string Plain(string user, string type, string fields)
    {
        // Events are told apart by sender and CreateTime, so each gets a second of its own, as real presses would.
        var created = Math.Max(now().ToUnixTimeSeconds(), Interlocked.Read(ref _lastCreateTime) + 1);
        Interlocked.Exchange(ref _lastCreateTime, created);
        return $"<xml><ToUserName><![CDATA[{WeComPlatformFake.CorpId}]]></ToUserName><FromUserName><![CDATA[{SecurityElement.Escape(user)}]]></FromUserName><CreateTime>{created}</CreateTime><MsgType><![CDATA[{type}]]></MsgType>{fields}<AgentID>{WeComPlatformFake.AgentId}</AgentID></xml>";
    }
}
