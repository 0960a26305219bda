using System.Net;
using System.Text;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Host;

public class MessagesEndpointTests
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Message(string text, string user = "u1") => $$"""
        {"type":"message","id":"act-1","channelId":"emulator","serviceUrl":"http://127.0.0.1:9/","text":"{{text}}",
         "from":{"id":"{{user}}","name":"测试"},"recipient":{"id":"bot"},"conversation":{"id":"conv-{{user}}"},"locale":"zh-CN"}
        """;

    [Fact]
    public async Task A_message_is_answered_through_the_connector_as_a_reply()
    {
        await using var app = new BranchBotApplication();
        var response = await app.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), Json(Message("帮助")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(app.Connector.Calls);
        Assert.Equal("http://127.0.0.1:9/", call.ServiceUrl);
        Assert.Equal("conv-u1", call.ConversationId);
        Assert.Equal("act-1", call.ReplyToId);
        Assert.Contains("还没有初始化", call.Activity.Text, StringComparison.Ordinal);
        Assert.Equal("u1", call.Activity.Recipient!.Id);
    }

    [Fact]
    public async Task A_branch_can_be_claimed_and_joined_over_http()
    {
        await using var app = new BranchBotApplication();
        var client = app.CreateClient();
        async Task<string> Say(string text, string user)
        {
            app.Connector.Calls.Clear();
            var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), Json(Message(text, user)));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return string.Join("\n", app.Connector.Calls.Select(c => c.Activity.Text));
        }

        Assert.Contains("请确认你的姓名。如果是「测试」，直接点下面的按钮", await Say($"初始化 {BotHarness.SetupCode} 测试支部", "sec"), StringComparison.Ordinal);
        Assert.Contains("初始化完成", await Say("王书记", "sec"), StringComparison.Ordinal);
        var added = await Say("添加党员 张三", "sec");
        var code = ConversationScript.InviteCodeIn(added);
        Assert.Contains("欢迎你，张三同志", await Say($"加入 {code}", "zhang"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("""{"channelId":"x","serviceUrl":"http://a/","from":{"id":"u"},"conversation":{"id":"c"}}""")]
    [InlineData("""{"type":"message","serviceUrl":"http://a/","from":{"id":"u"}}""")]
    [InlineData("""{"type":"message","serviceUrl":"http://a/","conversation":{"id":"c"}}""")]
    [InlineData("""{"type":"message","from":{"id":"u"},"conversation":{"id":"c"}}""")]
    [InlineData("""{"type":"message","serviceUrl":"not a url","from":{"id":"u"},"conversation":{"id":"c"}}""")]
    public async Task Malformed_activities_are_400_with_a_chinese_message(string body)
    {
        await using var app = new BranchBotApplication();
        var response = await app.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Matches("[\u4e00-\u9fff]", text);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.Empty(app.Connector.Calls);
    }

    [Fact]
    public async Task Other_verbs_are_405()
    {
        await using var app = new BranchBotApplication();
        var response = await app.CreateClient().GetAsync(new Uri("/api/messages", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Bodies_over_256_KB_are_413()
    {
        await using var app = new BranchBotApplication();
        var response = await app.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), Json(Message(new string('长', 100_000))));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_activity_types_are_200_and_ignored()
    {
        await using var app = new BranchBotApplication();
        var body = Message("x").Replace("\"type\":\"message\"", "\"type\":\"somethingNew\"", StringComparison.Ordinal);
        var response = await app.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), Json(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(app.Connector.Calls);
    }

    [Fact]
    public async Task An_unhandled_invoke_is_501()
    {
        await using var app = new BranchBotApplication();
        var body = Message("x").Replace("\"type\":\"message\"", "\"type\":\"invoke\",\"name\":\"adaptiveCard/action\"", StringComparison.Ordinal);
        var response = await app.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), Json(body));
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task With_an_app_id_a_request_without_a_token_is_401()
    {
        await using var app = new BranchBotApplication(new Dictionary<string, string?> { ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555" });
        var response = await app.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), Json(Message("帮助")));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(app.Connector.Calls);
    }
}
