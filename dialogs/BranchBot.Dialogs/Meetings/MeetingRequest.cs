using BranchBot.Core.Meetings;

namespace BranchBot.Dialogs.Meetings;

/// <summary>Why a typed meeting time cannot be used as it is.</summary>
public enum MeetingTimeIssue
{
    None,

    /// <summary>No date or time in the message.</summary>
    Missing,

    /// <summary>A date or time that cannot exist ("2月30日", "下午15点").</summary>
    Invalid,

    /// <summary>A moment already past.</summary>
    Past,

    /// <summary>A day without a time of day; a meeting needs both.</summary>
    NoTimeOfDay,
}

/// <summary>What a one-line 安排 message says about a meeting; anything missing is asked for afterwards.</summary>
public sealed record MeetingRequest
{
    public MeetingKind? Kind { get; init; }

    /// <summary>A 党小组 named in the message ("第一党小组"), as typed.</summary>
    public string? GroupName { get; init; }

    /// <summary>Set only for a usable time: with a time of day, in the future.</summary>
    public DateTimeOffset? StartsAt { get; init; }

    /// <summary>The end of a range ("10点50到11点"); null for the default duration.</summary>
    public DateTimeOffset? EndsAt { get; init; }

    public MeetingTimeIssue TimeIssue { get; init; }

    /// <summary>The Chinese explanation of <see cref="TimeIssue"/>, ready to put before a question.</summary>
    public string? TimeProblem { get; init; }

    /// <summary>
    /// The time given without a day ("下午4点"): <see cref="StartsAt"/> is its next occurrence, for reading a sentence,
    /// but 安排 asks which day rather than taking today or tomorrow unsaid.
    /// </summary>
    public TimeOnly? TimeWithoutDate { get; init; }

    /// <summary>The day given without a time ("12月1日"), kept so only the time needs asking.</summary>
    public DateOnly? DateWithoutTime { get; init; }

    public string? Place { get; init; }

    public string? Topic { get; init; }

    /// <summary>"签到码：1234" in the line: 签到 must then carry this code.</summary>
    public string? CheckInCode { get; init; }

    /// <summary>Kind and time are known and usable; place and topic are optional.</summary>
    public bool IsComplete => Kind is not null && StartsAt is not null;
}
