namespace BranchBot.Dialogs.Recognizers.DateAndTime;

/// <summary>A date as the user said it ("12月1日", "下周三", "明天"), resolved against the reference date.</summary>
internal abstract record DatePhrase
{
    /// <summary>A weekday written beside a calendar date ("12月1日（周二）"); it must agree with the date.</summary>
    public DayOfWeek? StatedWeekday { get; init; }

    public abstract Outcome<DateOnly> Resolve(DateContext context);
}
