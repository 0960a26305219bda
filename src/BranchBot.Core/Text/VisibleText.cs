using System.Globalization;
using System.Text;

namespace BranchBot.Core.Text;

/// <summary>
/// The one check for text people will see as a name or title (member, 党小组, branch, meeting topic and place): NFC,
/// trimmed, and free of control and format characters (Unicode Cc and Cf: zero-width spaces and joiners, the
/// right-to-left overrides and isolates that reverse what follows them on a page, the byte-order mark) and of line
/// and paragraph separators. Free text (minutes, broadcasts, replies) keeps its line breaks and tabs, but not the
/// bidirectional controls.
/// </summary>
public static class VisibleText
{
    /// <summary>A name or title, normalised; or the problem with it.</summary>
    public static Outcome<string, TextProblem> Line(string? text, TextField field)
    {
        var normalized = (text ?? string.Empty).Normalize(NormalizationForm.FormC).Trim();
        return normalized.Any(IsInvisible) ? new TextProblem.Invisible(field) : Outcome<string, TextProblem>.Ok(normalized);
    }

    /// <summary>A problem when free text holds a control character other than a line break or tab, or a bidirectional control.</summary>
    public static TextProblem? FreeTextProblem(string text, TextField field)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Any(c => c is not ('\n' or '\r' or '\t') && (char.IsControl(c) || IsBidiControl(c))) ? new TextProblem.Invisible(field) : null;
    }

    /// <summary>Full-width Latin letters and digits (ＡＢＣ１２３), as Chinese input methods type them, folded to ASCII.</summary>
    public static string FoldFullWidthAlphanumerics(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is (>= '０' and <= '９') or (>= 'Ａ' and <= 'Ｚ') or (>= 'ａ' and <= 'ｚ') ? (char)(c - 0xFEE0) : c;
            }
        });
    }

    private static bool IsInvisible(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    private static bool IsBidiControl(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
