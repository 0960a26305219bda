using System.Net;
using BranchBot.BotFramework.DingTalk;
using BranchBot.Tests.DingTalk.Fake;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.DingTalk;

/// <summary>/api/dingtalk: a signed message is answered through the batch send; every refusal has its status, never 500.</summary>
public class DingTalkCallbackEndpointTests
{
    [Fact]
    public async Task A_message_is_acknowledged_and_answered_through_the_one_to_one_send()
    {
        await using var dingtalk = new DingTalkApplication();
        var response = await dingtalk.Callbacks.PostAsync(dingtalk.Callbacks.Text("zhangsan", "帮助"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await dingtalk.IdleAsync();
        Assert.Contains(dingtalk.Platform.SentTo("zhangsan"), m => m.Content.Contains("还没有初始化", StringComparison.Ordinal));
        Assert.Equal(1, dingtalk.Platform.TokensIssued);
    }

    [Fact]
    public async Task A_redelivered_msgId_is_handled_once()
    {
        await using var dingtalk = new DingTalkApplication();
        var message = dingtalk.Callbacks.Text("zhangsan", "帮助", msgId: "msgSame");
        Assert.Equal(HttpStatusCode.OK, (await dingtalk.Callbacks.PostAsync(message)).StatusCode);
        await dingtalk.IdleAsync();
        var answered = dingtalk.Platform.SentTo("zhangsan").Count;
        Assert.True(answered > 0);

        Assert.Equal(HttpStatusCode.OK, (await dingtalk.Callbacks.PostAsync(message)).StatusCode);
        await dingtalk.IdleAsync();
        Assert.Equal(answered, dingtalk.Platform.SentTo("zhangsan").Count);
    }

    [Fact]
    public async Task In_a_group_only_a_message_that_mentions_the_robot_is_answered_and_privately()
    {
        await using var dingtalk = new DingTalkApplication();
        var zhang = dingtalk.Member("zhangsan");
        Assert.Equal(string.Empty, await zhang.SayInGroupAsync("帮助", atRobot: false));
        Assert.Empty(dingtalk.Platform.Sent);

        Assert.Contains("还没有初始化", await zhang.SayInGroupAsync("帮助", atRobot: true), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_picture_is_answered_in_words_that_only_text_is_understood()
    {
        await using var dingtalk = new DingTalkApplication();
        var message = dingtalk.Callbacks.Text("zhangsan", "x");
        message["msgtype"] = "picture";
        message.Remove("text");
        Assert.Equal(HttpStatusCode.OK, (await dingtalk.Callbacks.PostAsync(message)).StatusCode);
        await dingtalk.IdleAsync();
        Assert.Equal(DingTalkTurnRunner.TextOnlyReply, Assert.Single(dingtalk.Platform.SentTo("zhangsan")).Content);
    }

    [Fact]
    public async Task A_tampered_sign_is_401_and_nothing_is_sent()
    {
        await using var dingtalk = new DingTalkApplication();
        var response = await dingtalk.Callbacks.PostAsync(dingtalk.Callbacks.Text("zhangsan", "帮助"), signOverride: "AAAA" + DingTalkSignature.Compute("1", "x")[4..]);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await dingtalk.IdleAsync();
        Assert.Empty(dingtalk.Platform.Sent);
    }

    [Fact]
    public async Task A_missing_sign_is_401()
    {
        await using var dingtalk = new DingTalkApplication();
        using var content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        var response = await dingtalk.App.CreateClient().PostAsync(new Uri(DingTalkCallbackEndpoint.Route, UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_timestamp_older_than_an_hour_is_401_even_correctly_signed()
    {
        await using var dingtalk = new DingTalkApplication();
        var old = dingtalk.App.Clock.GetUtcNow().AddMinutes(-61);
        var response = await dingtalk.Callbacks.PostAsync(dingtalk.Callbacks.Text("zhangsan", "帮助"), timestamp: old);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_is_413()
    {
        await using var dingtalk = new DingTalkApplication();
        var response = await dingtalk.Callbacks.PostAsync(dingtalk.Callbacks.Text("zhangsan", new string('长', 40_000)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"msgtype\":\"text\",\"text\":{\"content\":\"帮助\"}}")]
    [InlineData("")]
    public async Task A_body_that_is_not_the_robots_json_is_400(string body)
    {
        await using var dingtalk = new DingTalkApplication();
        var response = await dingtalk.Callbacks.PostRawAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("钉钉", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_robots_message_is_403()
    {
        await using var dingtalk = new DingTalkApplication();
        var message = dingtalk.Callbacks.Text("zhangsan", "帮助");
        message["robotCode"] = "someoneElsesRobot";
        Assert.Equal(HttpStatusCode.Forbidden, (await dingtalk.Callbacks.PostAsync(message)).StatusCode);
    }

    [Fact]
    public async Task The_endpoint_is_404_when_the_channel_is_not_configured()
    {
        await using var app = new BranchBotApplication();
        var client = new DingTalkCallbackClient(app.CreateClient(), () => app.Clock.GetUtcNow());
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync(client.Text("zhangsan", "帮助"))).StatusCode);
    }
}
