namespace BranchBot.Dialogs.Recognizers.DateAndTime;

/// <summary>Range checks shared by the date phrases, each failing with a reason a person understands.</summary>
internal static class CalendarRules
{
    public const int FirstYear = 1900;
    public const int LastYear = 2199;

    /// <summary>Month and day checked without a year (2月29日 passes; the year is checked once chosen).</summary>
    public static string? MonthDayProblem(int month, int day)
    {
        if (month is < 1 or > 12)
        {
            return DateTimeTexts.NoSuchMonth(month);
        }

        if (day is < 1 or > 31)
        {
            return DateTimeTexts.NoSuchDayOfMonth(day);
        }

        // 2000 is a leap year, so this allows 2月29日 and refuses 2月30日 and 4月31日.
        return day > DateTime.DaysInMonth(2000, month) ? DateTimeTexts.NoSuchDay(month, day) : null;
    }

    public static Outcome<DateOnly> Date(int year, int month, int day)
    {
        if (year is < FirstYear or > LastYear)
        {
            return Outcome<DateOnly>.Fail(DateTimeTexts.YearOutOfRange(year));
        }

        if (MonthDayProblem(month, day) is { } problem)
        {
            return Outcome<DateOnly>.Fail(problem);
        }

        return day > DateTime.DaysInMonth(year, month)
            ? Outcome<DateOnly>.Fail(DateTimeTexts.NoSuchDayInYear(year, month, day))
            : Outcome<DateOnly>.Success(new DateOnly(year, month, day));
    }
}
