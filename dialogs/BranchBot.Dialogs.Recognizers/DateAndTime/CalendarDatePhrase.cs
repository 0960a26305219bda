namespace BranchBot.Dialogs.Recognizers.DateAndTime;

/// <summary>
/// "2026年12月1日", "明年3月1日", "12月1日". Without a year, the month and day fall in the reference year unless
/// that day is already past, then in the next year (on 11月25日, "1月5日" is next January; "11月25日" is today).
/// </summary>
/// <param name="Year">The year as written; two digits mean 20xx.</param>
/// <param name="YearOffset">今年 0, 明年 1, 后年 2, 去年 -1, 前年 -2.</param>
internal sealed record CalendarDatePhrase(int? Year, int? YearOffset, int Month, int Day) : DatePhrase
{
    public override Outcome<DateOnly> Resolve(DateContext context)
    {
        if (CalendarRules.MonthDayProblem(Month, Day) is { } problem)
        {
            return Outcome<DateOnly>.Fail(problem);
        }

        var today = context.Today;
        var year = Year is { } written ? (written < 100 ? 2000 + written : written)
            : YearOffset is { } offset ? today.Year + offset
            : (Month, Day).CompareTo((today.Month, today.Day)) < 0 ? today.Year + 1 : today.Year;
        return CalendarRules.Date(year, Month, Day);
    }
}
