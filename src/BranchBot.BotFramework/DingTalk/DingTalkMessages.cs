using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using BranchBot.BotFramework.Schema;
using BranchBot.BotFramework.WeCom;

namespace BranchBot.BotFramework.DingTalk;

/// <summary>One robot message: the template (<c>msgKey</c>) and its parameters (sent as the <c>msgParam</c> JSON string).</summary>
public sealed record DingTalkMessage(string MsgKey, JsonObject MsgParam);

/// <summary>
/// An activity as robot messages: its text as <c>sampleText</c> (or <c>sampleMarkdown</c> when the activity says so),
/// split at <see cref="MaxContentBytes"/>; its imBack buttons as action cards (<c>sampleActionCard</c> for one button,
/// <c>sampleActionCard2</c>…<c>5</c> for more) whose buttons open <c>dtmd://dingtalkclient/sendMessage?content=…</c>,
/// so a press sends the command back as the member's own message.
/// </summary>
public static class DingTalkMessages
{
    /// <summary>The platform's limit is 5000 characters of content; counted in UTF-8 bytes it holds whichever way it is measured.</summary>
    public const int MaxContentBytes = 5000;
    public const int MaxButtonsPerCard = 5;
    public const int MaxCardTitleChars = 64;
    public const string SendMessageLink = "dtmd://dingtalkclient/sendMessage?content=";

    public static IReadOnlyList<DingTalkMessage> Render(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text?.Trim() ?? string.Empty;
        var buttons = (activity.SuggestedActions?.Actions ?? [])
            .Where(a => a.Type is ActionTypes.ImBack or ActionTypes.PostBack or ActionTypes.MessageBack && !string.IsNullOrEmpty(a.Title))
            .Select(a => (Title: a.Title!, Command: (a.Value as string) ?? a.Text ?? a.Title!))
            .ToList();

        var markdown = string.Equals(activity.TextFormat, "markdown", StringComparison.OrdinalIgnoreCase);
        var cardCarriesText = buttons.Count > 0 && Encoding.UTF8.GetByteCount(text) <= MaxContentBytes;
        var messages = new List<DingTalkMessage>();
        if (text.Length > 0 && !cardCarriesText)
        {
            messages.AddRange(WeComMessages.SplitAtByteLimit(text, MaxContentBytes).Select(part => markdown ? Markdown(part) : Text(part)));
        }

        for (var start = 0; start < buttons.Count; start += MaxButtonsPerCard)
        {
            messages.Add(Card(cardCarriesText && start == 0 && text.Length > 0 ? text : "请选择：", [.. buttons.Skip(start).Take(MaxButtonsPerCard)]));
        }

        return messages;
    }

    /// <summary>The link a card button opens: the client sends <paramref name="command"/> into the chat as the member.</summary>
    public static string SendBackLink(string command) => SendMessageLink + Uri.EscapeDataString(command);

    private static DingTalkMessage Text(string content) => new("sampleText", new JsonObject { ["content"] = content });

    private static DingTalkMessage Markdown(string content) => new("sampleMarkdown", new JsonObject { ["title"] = TitleOf(content), ["text"] = content });

    private static DingTalkMessage Card(string text, List<(string Title, string Command)> buttons)
    {
        var card = new JsonObject { ["title"] = TitleOf(text), ["text"] = text };
        if (buttons.Count == 1)
        {
            card["singleTitle"] = buttons[0].Title;
            card["singleURL"] = SendBackLink(buttons[0].Command);
            return new DingTalkMessage("sampleActionCard", card);
        }

        for (var i = 0; i < buttons.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            card["actionTitle" + number] = buttons[i].Title;
            card["actionURL" + number] = SendBackLink(buttons[i].Command);
        }

        return new DingTalkMessage("sampleActionCard" + buttons.Count.ToString(CultureInfo.InvariantCulture), card);
    }

    /// <summary>The first line, shortened: what the chat list and the notification show.</summary>
    private static string TitleOf(string text)
    {
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var first = (newline < 0 ? text : text[..newline]).Trim().TrimStart('#', ' ');
        return first.Length == 0 ? "支部消息" : first.Length <= MaxCardTitleChars ? first : first[..(MaxCardTitleChars - 1)] + "…";
    }
}
