namespace BranchBot.Core.Meetings;

/// <summary>
/// The dates a <see cref="Recurrence"/> falls on. A day the month lacks (31 in April, 30 in February) falls on that
/// month's last day, so "每月31日" means "every month's last day" rather than skipping short months.
/// </summary>
public static class RecurrenceCalendar
{
    /// <summary>The occurrences strictly after <paramref name="after"/>, earliest first, without end.</summary>
    public static IEnumerable<DateTimeOffset> NextOccurrences(Recurrence recurrence, DateTimeOffset after, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(recurrence);
        ArgumentNullException.ThrowIfNull(zone);
        Validate(recurrence);
        var local = TimeZoneInfo.ConvertTime(after, zone);
        var month = new DateOnly(local.Year, local.Month, 1);
        while (true)
        {
            if (Falls(recurrence, month.Month))
            {
                var day = Math.Min(recurrence.DayOfMonth, DateTime.DaysInMonth(month.Year, month.Month));
                var start = ZonedTime.ToInstant(new DateOnly(month.Year, month.Month, day).ToDateTime(recurrence.Time), zone);
                if (start > after)
                {
                    yield return start;
                }
            }

            month = month.AddMonths(1);
        }
    }

    /// <summary>Why the recurrence cannot produce dates, or null when it can.</summary>
    public static RecurrenceProblem? Check(Recurrence recurrence)
    {
        ArgumentNullException.ThrowIfNull(recurrence);
        if (recurrence.DayOfMonth is < 1 or > 31)
        {
            return RecurrenceProblem.DayOutOfRange;
        }

        return recurrence.Frequency == RecurrenceFrequency.Quarterly && recurrence.MonthOfQuarter is < 1 or > 3
            ? RecurrenceProblem.MonthOfQuarterOutOfRange
            : null;
    }

    private static bool Falls(Recurrence recurrence, int month) =>
        recurrence.Frequency == RecurrenceFrequency.Monthly || (month - 1) % 3 == recurrence.MonthOfQuarter - 1;

    private static void Validate(Recurrence recurrence)
    {
        if (Check(recurrence) is { } problem)
        {
            throw new ArgumentException($"The recurrence cannot produce dates: {problem}.", nameof(recurrence));
        }
    }
}
