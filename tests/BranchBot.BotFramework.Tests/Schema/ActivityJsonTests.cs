using System.Text.Json;
using System.Text.Json.Nodes;
using BranchBot.BotFramework.Schema;

namespace BranchBot.BotFramework.Tests.Schema;

public class ActivityJsonTests
{
    [Fact]
    public void Unknown_fields_from_a_channel_survive_a_round_trip()
    {
        const string json = """
            {"type":"message","id":"1","channelId":"msteams","text":"你好",
             "from":{"id":"29:u","name":"张三","aadObjectId":"a1","userPrincipalName":"zhang@example.cn"},
             "conversation":{"id":"c","tenantId":"t","conversationType":"personal","extra":1},
             "channelData":{"tenant":{"id":"t"},"clientActivityID":"abc"},
             "somethingFuture":{"nested":[1,2,3]}}
            """;

        var activity = BotJson.Deserialize<Activity>(json)!;
        var written = JsonNode.Parse(BotJson.Serialize(activity))!;

        Assert.Equal("zhang@example.cn", written["from"]!["userPrincipalName"]!.GetValue<string>());
        Assert.Equal(1, written["conversation"]!["extra"]!.GetValue<int>());
        Assert.Equal("abc", written["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal(3, written["somethingFuture"]!["nested"]!.AsArray().Count);
    }

    [Fact]
    public void Nulls_are_omitted_and_names_are_camel_case()
    {
        var written = BotJson.Serialize(Activity.CreateMessage("收到"));
        Assert.Equal("""{"type":"message","text":"收到"}""", written);
    }

    [Fact]
    public void Timestamps_are_written_in_utc_with_a_z()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Timestamp = new DateTimeOffset(2026, 11, 25, 18, 30, 0, TimeSpan.FromHours(8)) };
        var written = JsonNode.Parse(BotJson.Serialize(activity))!;
        Assert.Equal("2026-11-25T10:30:00.0000000Z", written["timestamp"]!.GetValue<string>());
    }

    [Fact]
    public void Suggested_actions_and_hero_cards_use_the_protocol_shapes()
    {
        var activity = Activity.CreateMessage("请选择");
        activity.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("我的信息")] };
        activity.Attachments = [new HeroCard { Title = "党员大会", Text = "12月1日 14:30", Buttons = [CardAction.ImBack("签到")] }.ToAttachment()];

        var written = JsonNode.Parse(BotJson.Serialize(activity))!;

        var action = written["suggestedActions"]!["actions"]![0]!;
        Assert.Equal("imBack", action["type"]!.GetValue<string>());
        Assert.Equal("我的信息", action["value"]!.GetValue<string>());
        var card = written["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.hero", card["contentType"]!.GetValue<string>());
        Assert.Equal("党员大会", card["content"]!["title"]!.GetValue<string>());
        Assert.Equal("签到", card["content"]!["buttons"]![0]!["title"]!.GetValue<string>());
    }

    [Fact]
    public void An_adaptive_card_attachment_is_kept_as_it_came()
    {
        const string json = """
            {"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive",
              "content":{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"通知"}]}}]}
            """;
        var activity = BotJson.Deserialize<Activity>(json)!;
        var written = JsonNode.Parse(BotJson.Serialize(activity))!;
        Assert.Equal(AdaptiveCard.ContentType, written["attachments"]![0]!["contentType"]!.GetValue<string>());
        Assert.Equal("通知", written["attachments"]![0]!["content"]!["body"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Chinese_text_is_written_readably_not_escaped()
    {
        Assert.Contains("党支部", BotJson.Serialize(Activity.CreateMessage("党支部")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reply_is_addressed_back_to_the_sender()
    {
        var incoming = new Activity
        {
            Type = ActivityTypes.Message, Id = "7", ChannelId = "msteams", ServiceUrl = "https://smba.example/",
            From = new ChannelAccount { Id = "user" }, Recipient = new ChannelAccount { Id = "bot" },
            Conversation = new ConversationAccount { Id = "conv" },
        };
        var reply = incoming.CreateReply("好的");
        Assert.Equal(("bot", "user", "7", "conv"), (reply.From!.Id, reply.Recipient!.Id, reply.ReplyToId, reply.Conversation!.Id));

        var reference = incoming.GetConversationReference();
        Assert.Equal(("user", "bot", "https://smba.example/", "msteams"), (reference.User!.Id, reference.Bot!.Id, reference.ServiceUrl, reference.ChannelId));
    }

    [Fact]
    public void Malformed_json_throws_a_json_exception_the_endpoint_turns_into_400()
    {
        Assert.ThrowsAny<JsonException>(() => BotJson.Deserialize<Activity>("{\"type\":"));
        Assert.ThrowsAny<JsonException>(() => BotJson.Deserialize<Activity>("{\"type\":\"message\",\"timestamp\":\"yesterday\"}"));
        Assert.ThrowsAny<JsonException>(() => BotJson.Deserialize<Activity>("{\"type\":\"message\",\"localTimestamp\":\"soon\"}"));
        Assert.ThrowsAny<JsonException>(() => BotJson.Deserialize<Activity>("{\"type\":7}"));
    }
}
