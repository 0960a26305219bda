namespace BranchBot.Dialogs.Recognizers.DateAndTime;

/// <summary>
/// Dates written with numbers: "2026-12-01", "2026/12/1", "2026年12月1日", "明年3月1日", "12月1号", "12/1",
/// "十二月一日", "下个月5号", "15号". Values are kept as written; range checks happen when the phrase is resolved.
/// </summary>
internal static class CalendarDateParser
{
    private static readonly (string Word, int Offset)[] YearWords = [("今年", 0), ("明年", 1), ("后年", 2), ("去年", -1), ("前年", -2)];

    private static readonly (string Word, int Offset)[] MonthWords =
    [
        ("下下个月", 2), ("下个月", 1), ("下月", 1), ("这个月", 0), ("本月", 0), ("这月", 0), ("上个月", -1), ("上月", -1),
    ];

    // "3号楼" and "5号会议室" are places, not days: a place noun ends within a few characters of the 号.
    private const string PlaceFollowers = "楼房室院线门栋床位车厅馆场堂";

    // How far a place noun may end after the 号 ("会议室", "报告厅", "教学楼"); longer runs are read as a date
    // followed by words ("15号党员活动室" is the 15th, in the 党员活动室).
    private const int PlaceNounReach = 3;

    // Characters that belong to a time of day or a linking word, not to a place noun ("15号下午", "15号在二楼").
    private const string NotPlaceNounCharacters = "午晚早夜点时分半周天月日号年在到至于开";

    private static readonly char[] NumericSeparators = ['-', '/', '.'];

    public static DatePhrase? TryParse(TextCursor cursor)
    {
        var start = cursor.Position;
        var phrase = TryYearWordDate(cursor) ?? TryRelativeMonthDay(cursor) ?? TryNumberLedDate(cursor);
        if (phrase is null)
        {
            cursor.Position = start;
        }

        return phrase;
    }

    /// <summary>"明年3月1日".</summary>
    private static CalendarDatePhrase? TryYearWordDate(TextCursor cursor)
    {
        var start = cursor.Position;
        foreach (var (word, offset) in YearWords)
        {
            if (cursor.TryConsume(word))
            {
                if (TryMonthDay(cursor) is var (month, day))
                {
                    return new CalendarDatePhrase(null, offset, month, day);
                }

                break;
            }
        }

        cursor.Position = start;
        return null;
    }

    /// <summary>"下个月5号", "本月20日".</summary>
    private static DayOfMonthPhrase? TryRelativeMonthDay(TextCursor cursor)
    {
        var start = cursor.Position;
        foreach (var (word, offset) in MonthWords)
        {
            if (cursor.TryConsume(word))
            {
                cursor.SkipSpaces();
                if (TryDayOfMonth(cursor) is { } day)
                {
                    return new DayOfMonthPhrase(day, offset);
                }

                break;
            }
        }

        cursor.Position = start;
        return null;
    }

    private static DatePhrase? TryNumberLedDate(TextCursor cursor)
    {
        var start = cursor.Position;
        if (!cursor.TryReadNumber(out var first))
        {
            return null;
        }

        // 2026年12月1日
        if (cursor.TryConsume('年'))
        {
            return TryMonthDay(cursor) is var (month, day) ? new CalendarDatePhrase(first.Value, null, month, day) : null;
        }

        // 2026-12-01, 2026/12/1, 12/1
        if (first.IsArabic && NumericSeparators.Contains(cursor.Current))
        {
            return TryNumericDate(cursor, first);
        }

        // 12月1日
        cursor.Position = start;
        if (TryMonthDay(cursor) is var (m, d))
        {
            return new CalendarDatePhrase(null, null, m, d);
        }

        // 15号
        cursor.Position = start;
        return TryDayOfMonth(cursor) is { } dayOfMonth ? new DayOfMonthPhrase(dayOfMonth, null) : null;
    }

    private static CalendarDatePhrase? TryNumericDate(TextCursor cursor, NumberToken first)
    {
        var separator = cursor.Current;
        cursor.Position++;
        if (!cursor.TryReadNumber(out var second) || !second.IsArabic)
        {
            return null;
        }

        if (first.Spelling.Length == 4 && cursor.TryConsume(separator))
        {
            return cursor.TryReadNumber(out var third) && third.IsArabic
                ? new CalendarDatePhrase(first.Value, null, second.Value, third.Value)
                : null;
        }

        // Month/day alone only with a slash ("12/1"); "12-1" and "12.1" are as likely a range or a decimal.
        return separator == '/' && first.Spelling.Length <= 2 && second.Spelling.Length <= 2 && cursor.Current != '/'
            ? new CalendarDatePhrase(null, null, first.Value, second.Value)
            : null;
    }

    private static (int Month, int Day)? TryMonthDay(TextCursor cursor)
    {
        var start = cursor.Position;
        if (cursor.TryReadNumber(out var month) && cursor.TryConsume('月') && TryDayOfMonth(cursor) is { } day)
        {
            return (month.Value, day);
        }

        cursor.Position = start;
        return null;
    }

    private static int? TryDayOfMonth(TextCursor cursor)
    {
        var start = cursor.Position;
        if (cursor.TryReadNumber(out var day) && (cursor.TryConsume('日') || cursor.TryConsume('号'))
            && !PlaceNounFollows(cursor))
        {
            return day.Value;
        }

        cursor.Position = start;
        return null;
    }

    private static bool PlaceNounFollows(TextCursor cursor)
    {
        var text = cursor.Text;
        for (var i = cursor.Position; i < text.Length && i < cursor.Position + PlaceNounReach; i++)
        {
            var c = text[i];
            if (!IsHan(c) || NotPlaceNounCharacters.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }

            if (PlaceFollowers.Contains(c, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';
}
