namespace BranchBot.Dialogs.Recognizers.DateAndTime;

/// <summary>Day words counted from today (今天, 明天, 大后天, 昨天), the shortcuts 今晚/明早, and "3天后".</summary>
internal static class RelativeDayParser
{
    // Longer words first: 大后天 before 后天.
    private static readonly (string Word, int Offset, PeriodMatch? Period)[] Words =
    [
        ("大后天", 3, null), ("大前天", -3, null),
        ("今天", 0, null), ("今日", 0, null), ("今儿", 0, null),
        ("明天", 1, null), ("明日", 1, null), ("明儿", 1, null),
        ("后天", 2, null),
        ("昨天", -1, null), ("昨日", -1, null),
        ("前天", -2, null),
        ("今晚", 0, new PeriodMatch("今晚", DayPeriod.Evening)), ("今夜", 0, new PeriodMatch("今夜", DayPeriod.Evening)),
        ("今早", 0, new PeriodMatch("今早", DayPeriod.Morning)), ("今晨", 0, new PeriodMatch("今晨", DayPeriod.Morning)),
        ("明晚", 1, new PeriodMatch("明晚", DayPeriod.Evening)), ("明早", 1, new PeriodMatch("明早", DayPeriod.Morning)),
        ("昨晚", -1, new PeriodMatch("昨晚", DayPeriod.Evening)),
    ];

    private static readonly string[] After = ["以后", "之后", "后"];
    private static readonly string[] Before = ["以前", "之前", "前"];

    public static DateMatch? TryParse(TextCursor cursor)
    {
        foreach (var (word, offset, period) in Words)
        {
            if (cursor.TryConsume(word))
            {
                return new DateMatch(new RelativeDayPhrase(offset), period);
            }
        }

        return TryParseDaysFromNow(cursor);
    }

    /// <summary>"3天后", "两天以后", "五天前".</summary>
    private static DateMatch? TryParseDaysFromNow(TextCursor cursor)
    {
        var start = cursor.Position;
        if (cursor.TryReadNumber(out var days) && cursor.TryConsume('天'))
        {
            if (cursor.TryConsumeAny(After) is not null)
            {
                return new DateMatch(new RelativeDayPhrase(days.Value));
            }

            if (cursor.TryConsumeAny(Before) is not null)
            {
                return new DateMatch(new RelativeDayPhrase(-days.Value));
            }
        }

        cursor.Position = start;
        return null;
    }
}
