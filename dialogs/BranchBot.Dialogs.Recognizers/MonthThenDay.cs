using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Recognizers;

/// <summary>
/// "下个月的主题党日 18号下午3点": a month said apart from its day. The readers take the day alone as this month's, so
/// the month would be lost and the meeting a month early (or the month left where the place would stand); the month is
/// moved next to its day ("主题党日 下个月18号下午3点"), where it is read as one expression. A month followed by another
/// date, a weekday or a second month is left as it is.
/// </summary>
public static partial class MonthThenDay
{
    public static string Join(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var apart = Apart().Match(text);
        if (!apart.Success)
        {
            return text;
        }

        var month = apart.Groups["month"].Value;
        var between = apart.Groups["between"].Value.Trim();
        var day = apart.Groups["day"];
        return $"{text[..apart.Index]}{between} {month}{day.Value}{text[(day.Index + day.Length)..]}";
    }

    [GeneratedRegex(@"(?<![每上])(?<month>下下个?月|下个?月|这个?月|本月)的?(?<between>[^\d０-９月号周星期礼拜天]+?)(?<![月\d])(?<day>(\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[号日](?!子))")]
    private static partial Regex Apart();
}
