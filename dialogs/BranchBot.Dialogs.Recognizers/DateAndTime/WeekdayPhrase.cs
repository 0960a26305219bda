namespace BranchBot.Dialogs.Recognizers.DateAndTime;

/// <summary>
/// "下周三", "这周五", "上星期一", "周五". Weeks run Monday to Sunday, as in China.
/// With a week word the day is taken in that week, even if already past ("这周一" said on a Wednesday).
/// A bare weekday is the coming one: today if today is that weekday and the day (or the time given with it) is
/// still ahead, otherwise the next such day within a week.
/// </summary>
/// <param name="WeekOffset">这/本 0, 下 1, 下下 2, 上 -1; null for a bare weekday.</param>
internal sealed record WeekdayPhrase(DayOfWeek Day, int? WeekOffset) : DatePhrase
{
    public override Outcome<DateOnly> Resolve(DateContext context)
    {
        var today = context.Today;
        if (WeekOffset is { } weeks)
        {
            return Outcome<DateOnly>.Success(ChineseWeek.MondayOf(today).AddDays((weeks * 7) + ChineseWeek.DayIndex(Day)));
        }

        var daysAhead = ((int)Day - (int)today.DayOfWeek + 7) % 7;
        var date = today.AddDays(daysAhead);
        return Outcome<DateOnly>.Success(context.IsStillAhead(date) ? date : date.AddDays(7));
    }
}
