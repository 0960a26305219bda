using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BranchBot.BotFramework.Schema;

namespace BranchBot.BotFramework.WeCom;

/// <summary>
/// An activity as 企业微信 <c>message/send</c> bodies: its text as text (or markdown when the activity says so), split
/// at the platform's 2048-byte limit on line or character boundaries; its imBack buttons as 按钮交互型 template cards
/// (at most six buttons a card), each button's key the command it sends back.
/// </summary>
public static class WeComMessages
{
    public const int MaxContentBytes = 2048;
    public const int MaxButtonsPerCard = 6;
    public const int MaxCardTitleChars = 26;
    public const int MaxCardSubtitleChars = 160;
    public const int MaxKeyBytes = 1024;

    public static IReadOnlyList<JsonObject> Render(Activity activity, string toUser, int agentId)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text?.Trim() ?? string.Empty;
        var buttons = (activity.SuggestedActions?.Actions ?? [])
            .Where(a => a.Type is ActionTypes.ImBack or ActionTypes.PostBack or ActionTypes.MessageBack && !string.IsNullOrEmpty(a.Title))
            .Select(a => (Title: a.Title!, Key: (a.Value as string) ?? a.Text ?? a.Title!))
            .Where(b => Encoding.UTF8.GetByteCount(b.Key) <= MaxKeyBytes)
            .ToList();

        var messages = new List<JsonObject>();
        var markdown = string.Equals(activity.TextFormat, "markdown", StringComparison.OrdinalIgnoreCase);
        var cardCarriesText = buttons.Count > 0 && FitsOnCard(text);
        if (text.Length > 0 && !cardCarriesText)
        {
            messages.AddRange(SplitAtByteLimit(text, MaxContentBytes).Select(part => markdown ? Markdown(toUser, agentId, part) : Text(toUser, agentId, part)));
        }

        for (var start = 0; start < buttons.Count; start += MaxButtonsPerCard)
        {
            var chunk = buttons.Skip(start).Take(MaxButtonsPerCard).ToList();
            messages.Add(Card(toUser, agentId, cardCarriesText && start == 0 ? text : "请选择：", chunk));
        }

        return messages;
    }

    private static bool FitsOnCard(string text)
    {
        var (title, body) = TitleAndRest(text);
        return title.Length <= MaxCardTitleChars && body.Length <= MaxCardSubtitleChars;
    }

    private static (string Title, string Body) TitleAndRest(string text)
    {
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? (text, string.Empty) : (text[..newline].Trim(), text[(newline + 1)..].Trim());
    }

    private static JsonObject Envelope(string toUser, int agentId, string type) =>
        new() { ["touser"] = toUser, ["msgtype"] = type, ["agentid"] = agentId };

    private static JsonObject Text(string toUser, int agentId, string content)
    {
        var message = Envelope(toUser, agentId, "text");
        message["text"] = new JsonObject { ["content"] = content };
        return message;
    }

    private static JsonObject Markdown(string toUser, int agentId, string content)
    {
        var message = Envelope(toUser, agentId, "markdown");
        message["markdown"] = new JsonObject { ["content"] = content };
        return message;
    }

    private static JsonObject Card(string toUser, int agentId, string text, List<(string Title, string Key)> buttons)
    {
        var (title, body) = TitleAndRest(text);
        var card = new JsonObject
        {
            ["card_type"] = "button_interaction",
            ["main_title"] = new JsonObject { ["title"] = title.Length == 0 ? "请选择：" : title },
            ["task_id"] = NewTaskId(),
            ["button_list"] = new JsonArray([.. buttons.Select(b => (JsonNode)new JsonObject { ["text"] = b.Title, ["style"] = 1, ["key"] = b.Key })]),
        };
        if (body.Length > 0)
        {
            card["sub_title_text"] = body;
        }

        var message = Envelope(toUser, agentId, "template_card");
        message["template_card"] = card;
        return message;
    }

    /// <summary>Unique per card (the platform refuses a task id used before): digits, letters and _-@ only, at most 128 bytes.</summary>
    private static string NewTaskId() => "bb-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    /// <summary>Parts of at most <paramref name="maxBytes"/> UTF-8 bytes, cut after a line break when one is near, never inside a character.</summary>
    public static IReadOnlyList<string> SplitAtByteLimit(string text, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<string>();
        var remaining = text;
        while (Encoding.UTF8.GetByteCount(remaining) > maxBytes)
        {
            var cut = 0;
            var bytes = 0;
            while (cut < remaining.Length)
            {
                var width = char.IsHighSurrogate(remaining[cut]) && cut + 1 < remaining.Length ? 2 : 1;
                var size = Encoding.UTF8.GetByteCount(remaining.AsSpan(cut, width));
                if (bytes + size > maxBytes)
                {
                    break;
                }

                bytes += size;
                cut += width;
            }

            var lineBreak = remaining.LastIndexOf('\n', cut - 1, cut);
            if (lineBreak > cut / 2)
            {
                cut = lineBreak + 1;
            }

            parts.Add(remaining[..cut].TrimEnd('\n'));
            remaining = remaining[cut..];
        }

        if (remaining.Length > 0)
        {
            parts.Add(remaining);
        }

        return parts;
    }
}
