namespace BranchBot.Dialogs.Recognizers.DateAndTime;

/// <summary>Which days of a month a phrase speaks of.</summary>
internal enum MonthPart
{
    Whole,

    /// <summary>月初: the first seven days, so each weekday falls in it once.</summary>
    FirstWeek,

    /// <summary>上旬: days 1–10.</summary>
    FirstTenDays,

    /// <summary>月中, 中旬: days 11–20.</summary>
    MiddleTenDays,

    /// <summary>下旬: day 21 to the end.</summary>
    LastTenDays,

    /// <summary>月底, 月末: the last seven days, so each weekday falls in it once.</summary>
    LastWeek,
}

/// <summary>
/// "下个月中旬的周五": the weekday is looked for among the days of that month part that are still ahead. One such day
/// is the date; several are not guessed between ("下个月的周三" has four or five): the problem names them so the user can
/// say which. With no month word the part is this month's, or next month's once this month's has passed.
/// </summary>
/// <param name="MonthOffset">本月 0, 下个月 1, 下下个月 2; null when only the part was said ("月底的周五").</param>
/// <param name="Ordinal">第一个 1 … 第五个 5, 最后一个 -1; null when not said.</param>
internal sealed record MonthPartWeekdayPhrase(DayOfWeek Day, int? MonthOffset, MonthPart Part, int? Ordinal) : DatePhrase
{
    public override Outcome<DateOnly> Resolve(DateContext context)
    {
        var thisMonth = new DateOnly(context.Today.Year, context.Today.Month, 1);
        var month = thisMonth.AddMonths(MonthOffset ?? 0);
        var candidates = Candidates(month, context);
        if (MonthOffset is null && candidates.Count == 0)
        {
            month = thisMonth.AddMonths(1);
            candidates = Candidates(month, context);
        }

        if (Ordinal is { } ordinal)
        {
            // The ordinal counts the month's own weekdays, past ones included: 第一个周三 is the first of the month.
            var all = Days(month).Where(d => d.DayOfWeek == Day).ToList();
            var index = ordinal < 0 ? all.Count - 1 : ordinal - 1;
            if (index >= all.Count)
            {
                return Outcome<DateOnly>.Fail(DateTimeTexts.NoSuchWeekdayInMonth(month.Month, ordinal, Day));
            }

            var picked = all[index];
            return context.IsStillAhead(picked)
                ? Outcome<DateOnly>.Success(picked)
                : Outcome<DateOnly>.Fail(DateTimeTexts.WeekdayInMonthPassed(picked.Month, picked.Day));
        }

        return candidates.Count switch
        {
            1 => Outcome<DateOnly>.Success(candidates[0]),
            0 => Outcome<DateOnly>.Fail(DateTimeTexts.NoWeekdayLeftInMonthPart(month.Month, Day)),
            _ => Outcome<DateOnly>.Fail(DateTimeTexts.SeveralWeekdaysInMonthPart([.. candidates.Select(d => (d.Month, d.Day))], Day)),
        };
    }

    private List<DateOnly> Candidates(DateOnly month, DateContext context) =>
        [.. Days(month).Where(d => d.DayOfWeek == Day && InPart(d) && context.IsStillAhead(d))];

    private static IEnumerable<DateOnly> Days(DateOnly month) =>
        Enumerable.Range(0, DateTime.DaysInMonth(month.Year, month.Month)).Select(month.AddDays);

    private bool InPart(DateOnly date)
    {
        var length = DateTime.DaysInMonth(date.Year, date.Month);
        return Part switch
        {
            MonthPart.FirstWeek => date.Day <= 7,
            MonthPart.FirstTenDays => date.Day <= 10,
            MonthPart.MiddleTenDays => date.Day is >= 11 and <= 20,
            MonthPart.LastTenDays => date.Day >= 21,
            MonthPart.LastWeek => date.Day > length - 7,
            _ => true,
        };
    }
}
