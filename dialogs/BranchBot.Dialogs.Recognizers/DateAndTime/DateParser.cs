namespace BranchBot.Dialogs.Recognizers.DateAndTime;

/// <summary>Reads one date phrase of any kind, and a weekday written beside a calendar date.</summary>
internal static class DateParser
{
    public static DateMatch? TryParse(TextCursor cursor)
    {
        if (RelativeDayParser.TryParse(cursor) is { } relative)
        {
            return relative;
        }

        if (CalendarDateParser.TryParse(cursor) is { } calendar)
        {
            return new DateMatch(calendar with { StatedWeekday = TryStatedWeekday(cursor) });
        }

        return MonthPartWeekdayParser.TryParse(cursor) ?? WeekdayParser.TryParse(cursor);
    }

    /// <summary>"（周二）", "(星期二)", " 周二" right after a date.</summary>
    private static DayOfWeek? TryStatedWeekday(TextCursor cursor)
    {
        var start = cursor.Position;
        cursor.SkipSpaces();
        var bracketed = cursor.TryConsume('(');
        if (WeekdayParser.TryParseBareWeekday(cursor) is { } day && (!bracketed || cursor.TryConsume(')')))
        {
            return day;
        }

        cursor.Position = start;
        return null;
    }
}
