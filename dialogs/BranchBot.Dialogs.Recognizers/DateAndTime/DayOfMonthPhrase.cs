namespace BranchBot.Dialogs.Recognizers.DateAndTime;

/// <summary>
/// "15号", "下个月5号", "本月20日". A bare day is in the reference month unless already past, then next month.
/// A day the chosen month does not have is refused, not moved ("下个月31号" in January: 2月没有31日).
/// </summary>
/// <param name="MonthOffset">本月 0, 下个月 1, 上个月 -1; null for a bare day.</param>
internal sealed record DayOfMonthPhrase(int Day, int? MonthOffset) : DatePhrase
{
    public override Outcome<DateOnly> Resolve(DateContext context)
    {
        if (Day is < 1 or > 31)
        {
            return Outcome<DateOnly>.Fail(DateTimeTexts.NoSuchDayOfMonth(Day));
        }

        var today = context.Today;
        var monthsAhead = MonthOffset ?? (Day < today.Day ? 1 : 0);
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(monthsAhead);
        return Day > DateTime.DaysInMonth(month.Year, month.Month)
            ? Outcome<DateOnly>.Fail(DateTimeTexts.NoSuchDay(month.Month, Day))
            : Outcome<DateOnly>.Success(new DateOnly(month.Year, month.Month, Day));
    }
}
