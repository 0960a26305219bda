using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BranchBot.Tests.Host;

/// <summary>Whatever a client sends, /api/messages answers 200, 400 or 413 and the bot never crashes a turn.</summary>
public class MessagesFuzzTests
{
    private const string Valid = """
        {"type":"message","id":"1","channelId":"emulator","serviceUrl":"http://127.0.0.1:9/","text":"帮助",
         "from":{"id":"u1","name":"张三"},"recipient":{"id":"bot"},"conversation":{"id":"c1","isGroup":false},
         "membersAdded":[{"id":"u1"}],"entities":[{"type":"clientInfo"}],"channelData":{},"value":{},
         "suggestedActions":{"actions":[{"type":"imBack","title":"a","value":"a"}]},
         "attachments":[{"contentType":"text/plain","content":"x"}],"timestamp":"2026-11-25T02:00:00Z","locale":"zh-CN"}
        """;

    private static readonly JsonNode?[] Replacements =
    [
        null, JsonValue.Create(0), JsonValue.Create(-1.5), JsonValue.Create(true), JsonValue.Create(string.Empty),
        JsonValue.Create("取消"), JsonValue.Create(new string('字', 2000)), new JsonArray(), new JsonArray((JsonNode?)null),
        new JsonObject(), new JsonObject { ["id"] = null }, JsonValue.Create("conversationUpdate"), JsonValue.Create("invoke"),
    ];

    [Fact]
    public async Task Mutated_activities_never_get_a_server_error_or_crash_a_turn()
    {
        var logs = new CapturingLoggerProvider();
        await using var app = new BranchBotApplication(configure: services => services.AddSingleton<ILoggerProvider>(logs));
        var client = app.CreateClient();
        var random = new Random(20261125);
        var fields = JsonNode.Parse(Valid)!.AsObject().Select(p => p.Key).ToArray();

        for (var i = 0; i < 300; i++)
        {
            var activity = JsonNode.Parse(Valid)!.AsObject();
            for (var changes = random.Next(1, 4); changes > 0; changes--)
            {
                var field = fields[random.Next(fields.Length)];
                var replacement = Replacements[random.Next(Replacements.Length)]?.DeepClone();
                if (activity[field] is JsonObject inner && random.Next(2) == 0 && inner.Count > 0)
                {
                    inner[inner.First().Key] = replacement;
                }
                else
                {
                    activity[field] = replacement;
                }
            }

            var body = activity.ToJsonString();
            var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.True(
                response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.NotImplemented,
                $"{(int)response.StatusCode} for {body}");
        }

        Assert.Empty(logs.Exceptions);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("\"just a string\"")]
    [InlineData("{\"type\":\"message\"")]
    [InlineData("\u0000\u0001\u0002")]
    public async Task Bodies_that_are_not_an_activity_are_400(string body)
    {
        await using var app = new BranchBotApplication();
        var response = await app.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Deeply_nested_json_is_400()
    {
        await using var app = new BranchBotApplication();
        var body = Valid.Replace("\"value\":{}", "\"value\":" + new string('[', 200) + new string(']', 200), StringComparison.Ordinal);
        var response = await app.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
