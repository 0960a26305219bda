using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Recognizers;

/// <summary>
/// Dates typed with dots, slashes or dashes ("12.20", "12/20", "2026.12.20", "2026-12-20"), as people copy them from
/// notices, rewritten the way the recognizer reads dates ("12月20日"), so they are read (or refused when impossible)
/// instead of being left in the text to be taken for a place. "2-4点" and "3:00" are times and stay as they are.
/// </summary>
public static partial class NumericDates
{
    public static string Rewrite(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var withYear = FullDate().Replace(text, m => $"{m.Groups["y"].Value}年{m.Groups["m"].Value}月{m.Groups["d"].Value}日");
        return MonthDay().Replace(withYear, m => $"{m.Groups["m"].Value}月{m.Groups["d"].Value}日");
    }

    [GeneratedRegex(@"(?<![\d.:/\-])(?<y>\d{4})[./\-](?<m>\d{1,2})[./\-](?<d>\d{1,2})(?![\d.:/\-])")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"(?<![\d.:/\-])(?<m>\d{1,2})[./\-](?<d>\d{1,2})(?![\d.:/\-]|\s*(点|时|小时|分|:|：))")]
    private static partial Regex MonthDay();
}
