using System.Globalization;
using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// The words that pick one meeting already held: "上次" (the latest), "没去的那次" (the latest missed), a day
/// ("昨天", "11月20日", the latest such day not after today). Read the same in a sentence and after 往期会议.
/// </summary>
public static partial class PastMeetingWords
{
    public const string LatestWord = "上次";
    public const string MissedWord = "没去的";

    public static bool NamesLatest(string text) => Latest().IsMatch(text);

    public static bool NamesMissed(string text) => Missed().IsMatch(text);

    /// <summary>The day named (今天/昨天/前天, "11月20日", "20号"), never one after <paramref name="today"/>; null when none is.</summary>
    public static DateOnly? Day(string text, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (RelativeDay().Match(text) is { Success: true } relative)
        {
            return today.AddDays(relative.Value switch { "前天" => -2, "昨天" or "昨晚" or "昨儿" => -1, _ => 0 });
        }

        if (MonthDay().Match(text) is not { Success: true } dated)
        {
            return null;
        }

        var day = int.Parse(dated.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (dated.Groups["month"].Success)
        {
            var month = int.Parse(dated.Groups["month"].Value, CultureInfo.InvariantCulture);
            return Latest(today, year => month is >= 1 and <= 12 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null, back: 1);
        }

        return LatestOfMonthDay(today, day);
    }

    /// <summary>The text without the words above (what is left is neither a number nor a kind: not read).</summary>
    public static string Without(string text) =>
        MonthDay().Replace(RelativeDay().Replace(Missed().Replace(Latest().Replace(text, string.Empty), string.Empty), string.Empty), string.Empty);

    /// <summary>The canonical words for a 往期会议 command line read from a sentence ("我没去的那次会" → " 没去的").</summary>
    public static string ForCommandLine(string text)
    {
        var words = string.Empty;
        if (RelativeDay().Match(text) is { Success: true } relative)
        {
            words += " " + relative.Value;
        }
        else if (MonthDay().Match(text) is { Success: true } dated)
        {
            words += " " + dated.Value;
        }

        if (NamesMissed(text))
        {
            words += " " + MissedWord;
        }
        else if (NamesLatest(text))
        {
            words += " " + LatestWord;
        }

        return words;
    }

    private static DateOnly? Latest(DateOnly today, Func<int, DateOnly?> inYear, int back)
    {
        for (var year = today.Year; year >= today.Year - back; year--)
        {
            if (inYear(year) is { } day && day <= today)
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>"20号": this month's, else last month's.</summary>
    private static DateOnly? LatestOfMonthDay(DateOnly today, int day)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        for (var i = 0; i < 2; i++, month = month.AddMonths(-1))
        {
            if (day >= 1 && day <= DateTime.DaysInMonth(month.Year, month.Month) && new DateOnly(month.Year, month.Month, day) <= today)
            {
                return new DateOnly(month.Year, month.Month, day);
            }
        }

        return null;
    }

    [GeneratedRegex(@"上一?次|上一?回|最近一次|最后一次|刚开的|刚开过的|刚才的")]
    private static partial Regex Latest();

    [GeneratedRegex(@"(没去|没参加|没能参加|没能去|缺席|缺了|错过|落下)(的(那次|那个|那场)?|那次|那场)")]
    private static partial Regex Missed();

    [GeneratedRegex(@"今天|今早|今晚|昨天|昨晚|昨儿|前天")]
    private static partial Regex RelativeDay();

    [GeneratedRegex(@"((?<month>\d{1,2})月)?(?<day>\d{1,2})(日|号)")]
    private static partial Regex MonthDay();
}
