using System.Text;

namespace BranchBot.Calendar;

/// <summary>RFC 5545 TEXT values (3.3.11): backslash, semicolon, comma and line breaks escaped.</summary>
public static class IcsText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var builder = new StringBuilder(normalized.Length + 8);
        foreach (var c in normalized)
        {
            switch (c)
            {
                case '\\': builder.Append(@"\\"); break;
                case ';': builder.Append(@"\;"); break;
                case ',': builder.Append(@"\,"); break;
                case '\n': builder.Append(@"\n"); break;
                // Other control characters are not allowed in content lines; a tab is.
                case < ' ' and not '\t':
                case '\u007f':
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }
}
