namespace BranchBot.Dialogs.Recognizers.DateAndTime;

/// <summary>What a date phrase is resolved against: the reference instant in the branch's zone, and the time of
/// day the user gave with it (a bare weekday means today only while that time is still ahead).</summary>
internal sealed record DateContext(DateTimeOffset Reference, TimeZoneInfo Zone, TimeOfDay? Time)
{
    public DateOnly Today { get; } = DateOnly.FromDateTime(Reference.DateTime);

    /// <summary>True when <paramref name="date"/> at the given time (or the date itself, without a time) is not over yet.</summary>
    public bool IsStillAhead(DateOnly date) => Time is null
        ? date >= Today
        : ZonedTime.At(date.AddDays(Time.DayOffset), Time.Time, Zone) > Reference;
}
