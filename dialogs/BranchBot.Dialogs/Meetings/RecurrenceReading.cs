using BranchBot.Core.Meetings;

namespace BranchBot.Dialogs.Meetings;

/// <summary>The rhythm read from the start of a message, the text after it, and why a day or time cannot be used.</summary>
public sealed record RecurrenceReading(
    RecurrenceFrequency Frequency, int MonthOfQuarter, int? DayOfMonth, TimeOnly? Time, string Remainder, string? Problem)
{
    /// <summary>Null while the day or the time is missing.</summary>
    public Recurrence? Recurrence => DayOfMonth is { } day && Time is { } time ? new(Frequency, day, time, MonthOfQuarter) : null;
}
