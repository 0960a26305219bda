namespace BranchBot.Dialogs.Recognizers.DateAndTime;

/// <summary>
/// A weekday inside a month or a part of one: "下个月的周三", "月底的周五", "下个月中旬找个周五", "下月初周二",
/// "下个月第一个周三", "这个月最后一个周五". At least a month word or a part of the month must come before the weekday;
/// a bare "周三" is <see cref="WeekdayParser"/>'s.
/// </summary>
internal static class MonthPartWeekdayParser
{
    // Longer words before their prefixes.
    private static readonly (string Word, int Offset)[] MonthWords =
    [
        ("下下个月", 2), ("下个月", 1), ("下月", 1), ("这个月", 0), ("本月", 0), ("这月", 0),
    ];

    private static readonly (string Word, MonthPart Part)[] PartWords =
    [
        ("月初", MonthPart.FirstWeek), ("月中旬", MonthPart.MiddleTenDays), ("月中", MonthPart.MiddleTenDays),
        ("月底", MonthPart.LastWeek), ("月末", MonthPart.LastWeek), ("月上旬", MonthPart.FirstTenDays), ("月下旬", MonthPart.LastTenDays),
        ("上旬", MonthPart.FirstTenDays), ("中旬", MonthPart.MiddleTenDays), ("下旬", MonthPart.LastTenDays),
        ("初", MonthPart.FirstWeek), ("底", MonthPart.LastWeek), ("末", MonthPart.LastWeek),
    ];

    private static readonly string[] PickWords = ["找一个", "找个", "挑一个", "挑个", "选一个", "选个", "哪个", "某个", "随便一个", "一个"];

    private static readonly (string Word, int Ordinal)[] OrdinalWords =
    [
        ("第一个", 1), ("第二个", 2), ("第三个", 3), ("第四个", 4), ("第五个", 5),
        ("第1个", 1), ("第2个", 2), ("第3个", 3), ("第4个", 4), ("第5个", 5), ("最后一个", -1), ("最后那个", -1),
    ];

    public static DateMatch? TryParse(TextCursor cursor)
    {
        var start = cursor.Position;
        int? months = null;
        foreach (var (word, offset) in MonthWords)
        {
            if (cursor.TryConsume(word))
            {
                months = offset;
                break;
            }
        }

        SkipJoiner(cursor);
        MonthPart? part = null;
        foreach (var (word, value) in PartWords)
        {
            // A lone 初/底/末 is a part only right after a month word ("下月初"), never on its own.
            if ((word.Length > 1 || months is not null) && cursor.TryConsume(word))
            {
                part = value;
                break;
            }
        }

        if (months is null && part is null)
        {
            cursor.Position = start;
            return null;
        }

        SkipJoiner(cursor);
        cursor.TryConsumeAny(PickWords);
        int? ordinal = null;
        foreach (var (word, value) in OrdinalWords)
        {
            if (cursor.TryConsume(word))
            {
                ordinal = value;
                break;
            }
        }

        if (WeekdayParser.TryParseBareWeekday(cursor) is not { } day)
        {
            cursor.Position = start;
            return null;
        }

        return new DateMatch(new MonthPartWeekdayPhrase(day, months, part ?? MonthPart.Whole, ordinal));
    }

    private static void SkipJoiner(TextCursor cursor)
    {
        cursor.SkipSpaces();
        if (cursor.TryConsume('的'))
        {
            cursor.SkipSpaces();
        }
    }
}
