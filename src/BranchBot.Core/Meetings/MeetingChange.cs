namespace BranchBot.Core.Meetings;

/// <summary>A change to a meeting; null leaves a field as it is. A new start without an end keeps the duration.</summary>
public sealed record MeetingChange
{
    public DateTimeOffset? StartsAt { get; init; }

    public DateTimeOffset? EndsAt { get; init; }

    public string? Place { get; init; }

    public string? Topic { get; init; }

    public string? CheckInCode { get; init; }

    /// <summary>Drops the check-in code so 签到 needs none.</summary>
    public bool RemoveCheckInCode { get; init; }

    public bool ChangesTime => StartsAt is not null || EndsAt is not null;

    public bool IsEmpty => !ChangesTime && Place is null && Topic is null && CheckInCode is null && !RemoveCheckInCode;
}
