namespace BranchBot.Dialogs.Recognizers;

/// <summary>Which parts the user gave.</summary>
public enum DateTimeParts
{
    /// <summary>A day and a time: "明天下午3点".</summary>
    DateAndTime,

    /// <summary>A day only: "12月1日", "下周三". <see cref="ResolvedDateTime.Time"/> is null.</summary>
    DateOnly,

    /// <summary>A time only: "下午3点". The date is today if that time is still ahead, otherwise tomorrow.</summary>
    TimeOnly,
}

/// <summary>A recognised date and/or time, resolved in the branch's time zone.</summary>
/// <param name="Date">The calendar date on which <paramref name="Value"/> falls.</param>
/// <param name="Time">The wall-clock time; null when only a date was given.</param>
/// <param name="Value">The instant, with the zone's offset on that date; the start of the day for a date only.</param>
/// <param name="PeriodAssumed">
/// The hour had no 上午/下午 and was read by the meeting-hours rule (1-6 afternoon, 7-11 morning), so a
/// dialog may want to say how it understood it.
/// </param>
public sealed record ResolvedDateTime(DateTimeParts Parts, DateOnly Date, TimeOnly? Time, DateTimeOffset Value, bool PeriodAssumed)
{
    public bool HasTime => Time is not null;

    /// <summary>
    /// How long a range typed after the time runs ("七点半到九点": 1 h 30 min), for prompts that read ranges
    /// (<see cref="TimeRangeEnd"/>); null when none was typed.
    /// </summary>
    public TimeSpan? RangeLength { get; init; }
}
