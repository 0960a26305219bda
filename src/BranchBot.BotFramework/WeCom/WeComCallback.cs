using System.Globalization;
using System.Xml;

namespace BranchBot.BotFramework.WeCom;

/// <summary>
/// One decrypted callback (接收消息与事件): a member's message, or an event such as a template card's button pressed
/// (<c>template_card_event</c>, with the button's <c>EventKey</c>, the card's <c>TaskId</c> and the
/// <c>ResponseCode</c> that lets us update it).
/// </summary>
public sealed record WeComCallback(
    string FromUserName,
    long CreateTime,
    string MsgType,
    string? Content,
    string? MsgId,
    string? Event,
    string? EventKey,
    string? TaskId,
    string? ResponseCode)
{
    public const string TemplateCardEvent = "template_card_event";

    public bool IsText => MsgType == "text";

    public bool IsCardPress => MsgType == "event" && Event == TemplateCardEvent && !string.IsNullOrEmpty(EventKey);

    /// <summary>What identifies a retried delivery: the MsgId, or for an event the sender and its CreateTime.</summary>
    public string DeduplicationKey => MsgId is { Length: > 0 } id ? $"msg:{id}" : $"event:{FromUserName}:{CreateTime.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Reads the plaintext XML; null when it is not a callback we can address (no sender, no type).</summary>
    public static WeComCallback? Parse(string xml)
    {
        var fields = WeComXml.ReadFields(xml);
        if (fields is null
            || !fields.TryGetValue("FromUserName", out var from) || string.IsNullOrWhiteSpace(from)
            || !fields.TryGetValue("MsgType", out var type) || string.IsNullOrWhiteSpace(type))
        {
            return null;
        }

        _ = long.TryParse(fields.GetValueOrDefault("CreateTime"), NumberStyles.None, CultureInfo.InvariantCulture, out var created);
        return new WeComCallback(
            from, created, type, fields.GetValueOrDefault("Content"), fields.GetValueOrDefault("MsgId"), fields.GetValueOrDefault("Event"),
            fields.GetValueOrDefault("EventKey"), fields.GetValueOrDefault("TaskId"), fields.GetValueOrDefault("ResponseCode"));
    }
}

/// <summary>The platform's flat XML (<c>&lt;xml&gt;&lt;Field&gt;…&lt;/Field&gt;…&lt;/xml&gt;</c>) read safely: no DTDs, no entities.</summary>
public static class WeComXml
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 1_000_000 };

    /// <summary>The top-level elements' text under the root (the first of each name), or null when it is not XML.</summary>
    public static Dictionary<string, string>? ReadFields(string xml)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            if (reader.MoveToContent() != XmlNodeType.Element)
            {
                return null;
            }

            var rootDepth = reader.Depth;
            reader.Read();
            while (!reader.EOF && reader.Depth > rootDepth)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == rootDepth + 1)
                {
                    var name = reader.LocalName;
                    var text = reader.IsEmptyElement ? string.Empty : ReadDirectText(reader);
                    fields.TryAdd(name, text);
                }
                else
                {
                    reader.Read();
                }
            }

            return fields;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static string ReadDirectText(XmlReader reader)
    {
        // Nested elements (SelectedItems) are skipped; only the element's own text and CDATA are kept.
        var depth = reader.Depth;
        var text = new System.Text.StringBuilder();
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && reader.Depth == depth + 1)
            {
                text.Append(reader.Value);
            }

            reader.Read();
        }

        if (reader.NodeType == XmlNodeType.EndElement)
        {
            reader.Read();
        }

        return text.ToString();
    }
}
