namespace BranchBot.Dialogs.Recognizers.DateAndTime;

/// <summary>
/// Reads "[date] [period] [clock]" starting at one position: "明天上午9点", "12月1日 14:30", "下周三", "晚上8点",
/// "3:45". A period word with nothing else is not an expression unless it names a time (中午, 半夜).
/// </summary>
internal static class ExpressionParser
{
    // "三点意见" lists points of view; it is not three o'clock.
    private static readonly string[] NotClockFollowers = ["意见", "建议", "要求", "内容", "看法", "体会", "说明", "注意", "理由", "原因"];

    public static ParsedExpression? TryParseAt(string text, int start)
    {
        // "第3点" is an ordinal.
        if (start > 0 && text[start - 1] == '第')
        {
            return null;
        }

        var cursor = new TextCursor(text, start);
        var date = DateParser.TryParse(cursor);
        var end = cursor.Position;
        if (date is not null)
        {
            // "下周五三点", "周一14:30": the weekday's numeral ends the date; the hour starts a number of its own.
            cursor.WordEnd = end;
            SkipJoiners(cursor);
        }

        var period = date?.ImpliedPeriod;
        var periodStart = cursor.Position;
        var spokenPeriod = DayPeriods.TryParse(cursor);
        var afterPeriod = cursor.Position;
        if (spokenPeriod is not null)
        {
            // "后天下午 两点半": a clock after a space still belongs to the period (it was left over as the place).
            cursor.SkipSpaces();
        }

        var clockStart = cursor.Position;
        var clock = ClockParser.TryParse(cursor);
        if (clock is null)
        {
            cursor.Position = afterPeriod;
        }
        if (spokenPeriod is not null && clock is null && (spokenPeriod.NeedsClock || (date is null && spokenPeriod.HourWhenAlone is null)))
        {
            cursor.Position = periodStart;
            spokenPeriod = null;
        }

        period = spokenPeriod ?? period;
        if (spokenPeriod is not null || clock is not null)
        {
            end = cursor.Position;
        }

        if ((date is null && period is null && clock is null) || IsNotAClock(text, clockStart, end, date, period, clock))
        {
            return null;
        }

        return new ParsedExpression(start, end, date, period, clock);
    }

    /// <summary>Between a date and its time: spaces, "的", or a "T" as in ISO 8601.</summary>
    private static void SkipJoiners(TextCursor cursor)
    {
        var start = cursor.Position;
        cursor.SkipSpaces();
        if (cursor.Position == start && cursor.TryConsume('T'))
        {
            return;
        }

        if (cursor.TryConsume('的'))
        {
            cursor.SkipSpaces();
        }
    }

    /// <summary>
    /// A lone "一点" means "a little" ("快一点", "早一点", "晚一点"); a lone "三点" before 意见 counts points.
    /// </summary>
    private static bool IsNotAClock(string text, int clockStart, int end, DateMatch? date, PeriodMatch? period, ClockPhrase? clock)
    {
        if (clock is null || date is not null || !clock.HourOnly || period is { NeedsClock: false })
        {
            return false;
        }

        return text.AsSpan(clockStart, end - clockStart) is "一点"
            || (period is null && NotClockFollowers.Any(word => text.AsSpan(end).StartsWith(word, StringComparison.Ordinal)));
    }
}
