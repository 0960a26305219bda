using System.Buffers;
using System.Text;

namespace BranchBot.Core.Notifications;

/// <summary>
/// Our messages are Markdown to Web Chat and Teams, so text a person typed (a 请假 reason, a question, a reply) is
/// escaped where it is embedded in one: it then shows as typed instead of becoming a link, an image or bold. Chinese
/// text and punctuation are left alone; <c>+ - . =</c> are escaped only where they would start a list or heading.
/// </summary>
public static class MarkdownText
{
    private static readonly SearchValues<char> AlwaysEscaped = SearchValues.Create("\\`*_{}[]()#!|<>~");

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 8);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                lineStart = true;
            }
            else if (lineStart && c is not (' ' or '\t'))
            {
                lineStart = false;
                if (c is '-' or '+' or '=')
                {
                    escaped.Append('\\');
                }
                else if (char.IsAsciiDigit(c))
                {
                    // "1. " starts an ordered list: escape the dot after the leading digits ("1)" is escaped below).
                    var end = i;
                    while (end < text.Length && char.IsAsciiDigit(text[end]))
                    {
                        end++;
                    }

                    escaped.Append(text, i, end - i);
                    i = end - 1;
                    if (end < text.Length && text[end] == '.')
                    {
                        escaped.Append("\\.");
                        i = end;
                    }

                    continue;
                }
            }

            if (AlwaysEscaped.Contains(c))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
