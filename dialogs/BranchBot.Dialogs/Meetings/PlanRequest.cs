using BranchBot.Core.Meetings;

namespace BranchBot.Dialogs.Meetings;

/// <summary>What a "每月15日下午3点 主题党日 …" message says about a recurring plan.</summary>
public sealed record PlanRequest
{
    public required RecurrenceFrequency Frequency { get; init; }

    /// <summary>1 to 3 for a quarterly plan; 1 for a monthly one.</summary>
    public int MonthOfQuarter { get; init; } = 1;

    /// <summary>Null when the day is missing or impossible (see <see cref="Problem"/>).</summary>
    public int? DayOfMonth { get; init; }

    public TimeOnly? Time { get; init; }

    public MeetingKind? Kind { get; init; }

    public string? GroupName { get; init; }

    public string? Place { get; init; }

    public string? Topic { get; init; }

    /// <summary>Why the day or time cannot be used, in Chinese.</summary>
    public string? Problem { get; init; }

    public bool IsComplete => DayOfMonth is not null && Time is not null && Kind is not null;

    public Recurrence? Recurrence => DayOfMonth is { } day && Time is { } time ? new(Frequency, day, time, MonthOfQuarter) : null;
}
