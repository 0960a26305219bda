using System.Text.Json;

namespace BranchBot.BotFramework.DingTalk;

/// <summary>
/// One robot callback (机器人接收消息, HTTP 回调模式): who wrote (<c>senderStaffId</c>), in which chat
/// (<c>conversationType</c> 1 单聊 / 2 群聊, <c>conversationId</c>), whether the robot was @-mentioned, and the text.
/// </summary>
public sealed record DingTalkCallback(
    string MsgId, string SenderStaffId, string MsgType, string? Content, string ConversationType, string? ConversationId, bool IsInAtList, string? RobotCode, long CreateAt)
{
    public const string SingleChat = "1";
    public const string GroupChat = "2";

    public bool IsText => MsgType == "text";

    public bool IsGroup => ConversationType == GroupChat;

    /// <summary>The body as the platform posts it; null when it is not JSON or lacks the sender, the type or the message id.</summary>
    public static DingTalkCallback? Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || Text(root, "msgId") is not { Length: > 0 } msgId
                || Text(root, "senderStaffId") is not { Length: > 0 } sender
                || Text(root, "msgtype") is not { Length: > 0 } type)
            {
                return null;
            }

            var content = root.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.Object ? Text(text, "content") : null;
            var atList = root.TryGetProperty("isInAtList", out var at) && at.ValueKind == JsonValueKind.True;
            var created = root.TryGetProperty("createAt", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt64(out var ms) ? ms : 0;
            return new DingTalkCallback(
                msgId, sender, type, content?.Trim(), Text(root, "conversationType") ?? SingleChat, Text(root, "conversationId"), atList, Text(root, "robotCode"), created);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A string field, or a number written as one (conversationType arrives as "1" in the docs' samples).</summary>
    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value)
            ? value.ValueKind switch { JsonValueKind.String => value.GetString(), JsonValueKind.Number => value.GetRawText(), _ => null }
            : null;
}
