namespace BranchBot.Dialogs.Recognizers.DateAndTime;

/// <summary>
/// Turns a period word and a clock reading into a time of day.
/// Without a period word, hours 1-6 are read as afternoon (13:00-18:00) because branch meetings do not start
/// at 3 a.m., hours 7-11 as morning, 12 as noon, and 0 and 13-24 as the 24-hour clock says. A zero-padded hour
/// ("09:00", "03:45") is always the 24-hour clock.
/// </summary>
internal static class TimeOfDayResolver
{
    private const int MinutesPerDay = 24 * 60;

    /// <summary>Null without a clock and without a period word that names a time on its own.</summary>
    public static Outcome<TimeOfDay?> Resolve(PeriodMatch? period, ClockPhrase? clock)
    {
        if (clock is null)
        {
            return Outcome<TimeOfDay?>.Success(period?.HourWhenAlone is { } aloneHour ? FromMinutes(aloneHour * 60, 0, periodAssumed: false) : null);
        }

        if (clock.Hour > 24)
        {
            return Outcome<TimeOfDay?>.Fail(DateTimeTexts.NoSuchHour(clock.Hour));
        }

        if (Math.Abs(clock.Minute) > 59)
        {
            return Outcome<TimeOfDay?>.Fail(DateTimeTexts.NoSuchMinute(Math.Abs(clock.Minute)));
        }

        if (clock.Second > 59)
        {
            return Outcome<TimeOfDay?>.Fail(DateTimeTexts.NoSuchSecond(clock.Second));
        }

        var clockHour = period is null ? ReadWithoutPeriod(clock) : ReadWithin(period, clock.Hour);
        if (clockHour.Failed)
        {
            return Outcome<TimeOfDay?>.Fail(clockHour.Problem!);
        }

        var (hour, assumed) = clockHour.Value;
        return Outcome<TimeOfDay?>.Success(FromMinutes((hour * 60) + clock.Minute, clock.Second, assumed));
    }

    private static Outcome<(int Hour, bool Assumed)> ReadWithoutPeriod(ClockPhrase clock)
    {
        if (clock.TwentyFourHour || clock.Hour is 0 or >= 12)
        {
            return Outcome<(int, bool)>.Success((clock.Hour, false));
        }

        return Outcome<(int, bool)>.Success((clock.Hour <= 6 ? clock.Hour + 12 : clock.Hour, true));
    }

    private static Outcome<(int Hour, bool Assumed)> ReadWithin(PeriodMatch period, int hour)
    {
        if (hour > 12)
        {
            return Outcome<(int, bool)>.Fail(DateTimeTexts.TwentyFourHourWithPeriod(period.Word, hour));
        }

        return DayPeriods.ToClockHour(period.Period, hour) is { } clockHour
            ? Outcome<(int, bool)>.Success((clockHour, false))
            : Outcome<(int, bool)>.Fail(DateTimeTexts.HourOutsidePeriod(period.Word, hour, DayPeriods.HoursOf(period.Period)));
    }

    private static TimeOfDay FromMinutes(int minutes, int seconds, bool periodAssumed)
    {
        // "零点差五分" is 23:55 the day before; 24:00 and later fall on the next day.
        var dayOffset = (int)Math.Floor(minutes / (double)MinutesPerDay);
        var minuteOfDay = minutes - (dayOffset * MinutesPerDay);
        return new TimeOfDay(dayOffset, new TimeOnly(minuteOfDay / 60, minuteOfDay % 60, seconds), periodAssumed);
    }
}
