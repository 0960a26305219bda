namespace BranchBot.Dialogs.Recognizers.DateAndTime;

/// <summary>"周三", "星期五", "礼拜天", with an optional week word: 这/本 (this week), 下 (next), 下下, 上 (last).</summary>
internal static class WeekdayParser
{
    // Longer prefixes first: 下下个 before 下个 before 下.
    private static readonly (string Word, int Weeks)[] WeekWords =
    [
        ("下下个", 2), ("下下", 2), ("下个", 1), ("下", 1), ("这个", 0), ("这", 0), ("本", 0), ("上个", -1), ("上", -1),
    ];

    private static readonly string[] WeekNouns = ["星期", "礼拜", "周"];

    // "每周三次" is a frequency, not a Wednesday.
    private const string CountFollowers = "次回遍";

    public static DateMatch? TryParse(TextCursor cursor)
    {
        var start = cursor.Position;
        int? weeks = null;
        foreach (var (word, offset) in WeekWords)
        {
            if (cursor.TryConsume(word))
            {
                weeks = offset;
                break;
            }
        }

        if (TryParseBareWeekday(cursor) is { } day && (weeks is not null || !CountFollowers.Contains(cursor.Current, StringComparison.Ordinal)))
        {
            return new DateMatch(new WeekdayPhrase(day, weeks));
        }

        cursor.Position = start;
        return null;
    }

    /// <summary>"周二" or "星期二" with no week word, as written after a date: "12月1日（周二）".</summary>
    public static DayOfWeek? TryParseBareWeekday(TextCursor cursor)
    {
        var start = cursor.Position;
        if (cursor.TryConsumeAny(WeekNouns) is not null && DayOf(cursor.Current) is { } day)
        {
            cursor.Position++;
            return day;
        }

        cursor.Position = start;
        return null;
    }

    private static DayOfWeek? DayOf(char c) => c switch
    {
        '一' or '1' => DayOfWeek.Monday,
        '二' or '2' => DayOfWeek.Tuesday,
        '三' or '3' => DayOfWeek.Wednesday,
        '四' or '4' => DayOfWeek.Thursday,
        '五' or '5' => DayOfWeek.Friday,
        '六' or '6' => DayOfWeek.Saturday,
        '日' or '天' or '7' => DayOfWeek.Sunday,
        _ => null,
    };
}
