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
        var dated = MonthDay().Replace(withYear, m => $"{m.Groups["m"].Value}月{m.Groups["d"].Value}日");
        return TwelveHourClock().Replace(dated, m => TwelveHour(m) ?? m.Value);
    }

    /// <summary>"3pm", "3:30 PM", "10am": the part of the day in words, as the Chinese readers take it ("下午3点30分").</summary>
    private static string? TwelveHour(Match m)
    {
        var hour = int.Parse(m.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (hour is < 1 or > 12)
        {
            return null;
        }

        var afternoon = m.Groups["p"].Value is "p" or "P";
        var part = afternoon ? hour == 12 ? "中午" : hour >= 6 ? "晚上" : "下午" : hour == 12 ? null : "上午";
        var minutes = m.Groups["m"].Success && m.Groups["m"].Value != "00" ? $"{m.Groups["m"].Value}分" : string.Empty;
        return part is null ? null : $"{part}{hour}点{minutes}";
    }

    [GeneratedRegex(@"(?<![\d:.])(?<h>\d{1,2})(:(?<m>\d{2}))?\s?(?<p>[aApP])\.?[mM]\.?(?![A-Za-z])")]
    private static partial Regex TwelveHourClock();

    [GeneratedRegex(@"(?<![\d.:/\-])(?<y>\d{4})[./\-](?<m>\d{1,2})[./\-](?<d>\d{1,2})(?![\d.:/\-])")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"(?<![\d.:/\-])(?<m>\d{1,2})[./\-](?<d>\d{1,2})(?![\d.:/\-]|\s*(点|时|小时|分|:|：))")]
    private static partial Regex MonthDay();
}
