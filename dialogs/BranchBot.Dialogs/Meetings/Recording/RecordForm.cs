using BranchBot.Core.Meetings;

namespace BranchBot.Dialogs.Meetings.Recording;

/// <summary>What is known so far about a meeting being recorded afterwards (补录); kept in dialog state.</summary>
public sealed record RecordForm
{
    public MeetingKind? Kind { get; init; }

    public string? GroupName { get; init; }

    /// <summary>Set only for a usable time: a past moment with a time of day.</summary>
    public DateTimeOffset? StartsAt { get; init; }

    /// <summary>A past day given without a time ("10月15日"), kept so only the time needs asking.</summary>
    public DateOnly? DateWithoutTime { get; init; }

    /// <summary>Why the time given could not be used, put before the next question.</summary>
    public string? TimeProblem { get; init; }

    public string? Place { get; init; }

    public string? Topic { get; init; }

    /// <summary>The topic was asked (and perhaps skipped), so it is not asked again.</summary>
    public bool TopicAsked { get; init; }

    public string? Host { get; init; }

    /// <summary>Names as typed; null until given.</summary>
    public string[]? Attendees { get; init; }

    public bool EveryoneAttended { get; init; }

    public string[] OnLeave { get; init; } = [];

    /// <summary>Why the names given could not be used, put before the next question.</summary>
    public string? PeopleProblem { get; init; }

    public bool HasPeople => EveryoneAttended || Attendees is { Length: > 0 };
}
