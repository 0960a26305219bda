using System.Net;
using BranchBot.BotFramework.WeCom;
using BranchBot.Tests.Support;
using BranchBot.Tests.WeCom.Fake;

namespace BranchBot.Tests.WeCom;

/// <summary>/api/wecom: URL verification, receipt, and every refusal with its status.</summary>
public class WeComCallbackEndpointTests
{
    [Fact]
    public async Task Url_verification_answers_the_decrypted_echostr()
    {
        await using var wecom = new WeComApplication();
        var response = await wecom.Callbacks.VerifyUrlAsync("1616140317555161061");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1616140317555161061", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Url_verification_with_a_wrong_signature_is_401()
    {
        await using var wecom = new WeComApplication();
        var response = await wecom.Callbacks.VerifyUrlAsync("123", signatureOverride: new string('0', 40));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_message_is_acknowledged_with_an_empty_body_and_answered_through_message_send()
    {
        await using var wecom = new WeComApplication();
        var response = await wecom.Callbacks.PostAsync(wecom.Callbacks.TextXml("zhangsan", "帮助"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        await wecom.IdleAsync();
        Assert.Contains(wecom.Platform.SentTo("zhangsan"), m => m.Content.Contains("还没有初始化", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_retried_delivery_is_handled_once()
    {
        await using var wecom = new WeComApplication();
        var xml = wecom.Callbacks.TextXml("zhangsan", "帮助", msgId: 42);
        Assert.Equal(HttpStatusCode.OK, (await wecom.Callbacks.PostAsync(xml)).StatusCode);
        await wecom.IdleAsync();
        var answered = wecom.Platform.SentTo("zhangsan").Count;
        Assert.True(answered > 0);

        Assert.Equal(HttpStatusCode.OK, (await wecom.Callbacks.PostAsync(xml)).StatusCode);
        await wecom.IdleAsync();
        Assert.Equal(answered, wecom.Platform.SentTo("zhangsan").Count);
    }

    [Fact]
    public async Task A_picture_is_answered_in_words_that_only_text_is_understood()
    {
        await using var wecom = new WeComApplication();
        var xml = wecom.Callbacks.TextXml("zhangsan", "x").Replace("<MsgType><![CDATA[text]]></MsgType>", "<MsgType><![CDATA[image]]></MsgType>", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await wecom.Callbacks.PostAsync(xml)).StatusCode);
        await wecom.IdleAsync();
        Assert.Equal(WeComTurnRunner.TextOnlyReply, Assert.Single(wecom.Platform.SentTo("zhangsan")).Content);
    }

    [Fact]
    public async Task Other_events_are_acknowledged_and_run_nothing()
    {
        await using var wecom = new WeComApplication();
        var xml = wecom.Callbacks.TextXml("zhangsan", "x").Replace("<MsgType><![CDATA[text]]></MsgType>", "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[enter_agent]]></Event>", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await wecom.Callbacks.PostAsync(xml)).StatusCode);
        await wecom.IdleAsync();
        Assert.Empty(wecom.Platform.Sent);
    }

    [Fact]
    public async Task A_tampered_signature_is_401_and_runs_nothing()
    {
        await using var wecom = new WeComApplication();
        var response = await wecom.Callbacks.PostAsync(wecom.Callbacks.TextXml("zhangsan", "帮助"), tamperSignature: s => (s[0] == 'f' ? "0" : "f") + s[1..]);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await wecom.IdleAsync();
        Assert.Empty(wecom.Platform.Sent);
    }

    [Fact]
    public async Task A_replayed_timestamp_outside_the_window_is_401()
    {
        await using var wecom = new WeComApplication();
        var old = wecom.App.Clock.GetUtcNow().AddMinutes(-10);
        var response = await wecom.Callbacks.PostAsync(wecom.Callbacks.TextXml("zhangsan", "帮助"), timestamp: old);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("时间戳", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_encrypted_for_another_corp_is_403()
    {
        await using var wecom = new WeComApplication();
        var other = new WeComMessageCrypt(WeComCallbackClient.Token, WeComCallbackClient.EncodingAesKey, "wwanothercorp");
        var encrypted = other.Encrypt(wecom.Callbacks.TextXml("zhangsan", "帮助"));
        var ts = wecom.App.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = other.Sign(ts, "n", encrypted);
        var response = await wecom.App.CreateClient().PostAsync(
            new Uri($"/api/wecom?msg_signature={signature}&timestamp={ts}&nonce=n", UriKind.Relative),
            new StringContent($"<xml><Encrypt><![CDATA[{encrypted}]]></Encrypt></xml>"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("not xml")]
    [InlineData("<xml><ToUserName>x</ToUserName></xml>")]
    [InlineData("<!DOCTYPE xml [<!ENTITY a \"b\">]><xml><Encrypt>&a;</Encrypt></xml>")]
    public async Task A_body_that_is_not_the_platforms_xml_is_400(string body)
    {
        await using var wecom = new WeComApplication();
        var response = await wecom.App.CreateClient().PostAsync(new Uri("/api/wecom?msg_signature=a&timestamp=1&nonce=2", UriKind.Relative), new StringContent(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Missing_query_parameters_are_400()
    {
        await using var wecom = new WeComApplication();
        Assert.Equal(HttpStatusCode.BadRequest, (await wecom.App.CreateClient().GetAsync(new Uri("/api/wecom", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_is_413()
    {
        await using var wecom = new WeComApplication();
        var body = new StringContent("<xml><Encrypt>" + new string('A', 70_000) + "</Encrypt></xml>");
        var response = await wecom.App.CreateClient().PostAsync(new Uri("/api/wecom?msg_signature=a&timestamp=1&nonce=2", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Without_settings_the_endpoint_is_404()
    {
        await using var app = new BranchBotApplication();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/api/wecom?echostr=x", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync(new Uri("/api/wecom", UriKind.Relative), new StringContent("<xml/>"))).StatusCode);
    }
}
