using BranchBot.Core.Membership;

namespace BranchBot.Core.Meetings;

/// <summary>
/// A meeting already held that the secretary enters afterwards (补录). People are named by member id or by name as
/// in the roster; <see cref="EveryoneAttended"/> marks the whole audience present except those on leave.
/// </summary>
public sealed record RecordedMeetingDraft
{
    public required MeetingKind Kind { get; init; }

    public required DateTimeOffset StartsAt { get; init; }

    /// <summary>When given, wins over MeetingOptions.DefaultDuration.</summary>
    public DateTimeOffset? EndsAt { get; init; }

    public string? Place { get; init; }

    public string? Topic { get; init; }

    /// <summary>The 党小组 (id or name) of a 党小组会; null for the recorder's own group.</summary>
    public string? Group { get; init; }

    /// <summary>The host (id or name); null for the recorder.</summary>
    public string? Host { get; init; }

    public IReadOnlyList<string> Attendees { get; init; } = [];

    public bool EveryoneAttended { get; init; }

    public IReadOnlyList<string> OnLeave { get; init; } = [];

    public string? Minutes { get; init; }
}

/// <summary>A recorded meeting with the people marked present and on leave.</summary>
public sealed record RecordedMeeting(Meeting Meeting, IReadOnlyList<Member> Attended, IReadOnlyList<Member> OnLeave);
