namespace BranchBot.Core.Meetings;

public enum RecurrenceFrequency
{
    /// <summary>每月 DayOfMonth 日.</summary>
    Monthly,

    /// <summary>每季度第 MonthOfQuarter 个月 DayOfMonth 日.</summary>
    Quarterly,
}

/// <summary>When a recurring plan's meetings fall, in the branch's local time.</summary>
public sealed record Recurrence(RecurrenceFrequency Frequency, int DayOfMonth, TimeOnly Time, int MonthOfQuarter = 1);

/// <summary>A recurring plan ("每月15日下午3点 主题党日"): it creates each occurrence ahead of time.</summary>
public sealed record MeetingPlan
{
    public required string Id { get; init; }

    public required MeetingKind Kind { get; init; }

    public required Recurrence Recurrence { get; init; }

    public TimeSpan Duration { get; init; } = TimeSpan.FromHours(2);

    public string? Place { get; init; }

    public string? Topic { get; init; }

    public required MeetingAudience Audience { get; init; }

    public string? CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? StoppedAt { get; init; }

    /// <summary>The start of the last occurrence created, so the plan continues after it.</summary>
    public DateTimeOffset? LastOccurrenceStart { get; init; }

    public static string NewId() => "pl_" + Guid.NewGuid().ToString("N")[..12];
}
