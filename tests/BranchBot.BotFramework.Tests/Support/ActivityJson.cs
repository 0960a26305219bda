using System.Text;
using System.Text.Json.Nodes;

namespace BranchBot.BotFramework.Tests.Support;

/// <summary>Incoming activities as a channel posts them, as JSON a test can still break field by field.</summary>
internal static class ActivityJson
{
    public static JsonObject Message() => new()
    {
        ["type"] = "message",
        ["id"] = "activity-1",
        ["channelId"] = FakeBotIdentity.ChannelId,
        ["serviceUrl"] = FakeBotIdentity.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "张三" },
        ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "支部助手" },
        ["conversation"] = new JsonObject { ["id"] = "conversation-1" },
        ["text"] = "你好",
    };

    public static StringContent Content(JsonNode activity) => new(activity.ToJsonString(), Encoding.UTF8, "application/json");
}
