namespace BranchBot.Dialogs.Recognizers.DateAndTime;

/// <summary>
/// Resolves a parsed expression against the reference instant. The time of day is resolved first because a bare
/// weekday depends on it; a time without a date is today if still ahead, otherwise tomorrow.
/// </summary>
internal static class ExpressionResolver
{
    public static Outcome<ResolvedDateTime> Resolve(ParsedExpression expression, DateTimeOffset reference, TimeZoneInfo zone)
    {
        var timeOutcome = TimeOfDayResolver.Resolve(expression.Period, expression.Clock);
        if (timeOutcome.Failed)
        {
            return Outcome<ResolvedDateTime>.Fail(timeOutcome.Problem!);
        }

        var time = timeOutcome.Value;
        var context = new DateContext(reference, zone, time);
        if (expression.Date is null)
        {
            // The parser only returns an expression without a date when it has a time.
            var today = context.Today;
            var day = context.IsStillAhead(today) ? today : today.AddDays(1);
            return Outcome<ResolvedDateTime>.Success(WithTime(DateTimeParts.TimeOnly, day, time!, zone));
        }

        var phrase = expression.Date.Phrase;
        var dateOutcome = phrase.Resolve(context);
        if (dateOutcome.Failed)
        {
            return Outcome<ResolvedDateTime>.Fail(dateOutcome.Problem!);
        }

        var date = dateOutcome.Value;
        if (phrase.StatedWeekday is { } stated && stated != date.DayOfWeek)
        {
            return Outcome<ResolvedDateTime>.Fail(DateTimeTexts.WeekdayMismatch(date, stated));
        }

        return Outcome<ResolvedDateTime>.Success(time is null
            ? new ResolvedDateTime(DateTimeParts.DateOnly, date, null, ZonedTime.At(date, TimeOnly.MinValue, zone), PeriodAssumed: false)
            : WithTime(DateTimeParts.DateAndTime, date, time, zone));
    }

    private static ResolvedDateTime WithTime(DateTimeParts parts, DateOnly day, TimeOfDay time, TimeZoneInfo zone)
    {
        var date = day.AddDays(time.DayOffset);
        var instant = ZonedTime.At(date, time.Time, zone);

        // A skipped daylight-saving hour moves the clock reading on (02:30 becomes 03:30); report what it became.
        var wallClock = instant.DateTime;
        return new ResolvedDateTime(parts, DateOnly.FromDateTime(wallClock), TimeOnly.FromDateTime(wallClock), instant, time.PeriodAssumed);
    }
}
