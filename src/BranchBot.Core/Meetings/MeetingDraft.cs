namespace BranchBot.Core.Meetings;

/// <summary>What the secretary asked for when arranging one meeting; the service checks and completes it.</summary>
public sealed record MeetingDraft
{
    public required MeetingKind Kind { get; init; }

    public required DateTimeOffset StartsAt { get; init; }

    /// <summary>When given, wins over <see cref="Duration"/>; otherwise the meeting lasts <see cref="Duration"/> or MeetingOptions.DefaultDuration.</summary>
    public DateTimeOffset? EndsAt { get; init; }

    public TimeSpan? Duration { get; init; }

    public string? Place { get; init; }

    public string? Topic { get; init; }

    /// <summary>Who attends; null for the kind's default (MeetingKinds.DefaultAudience).</summary>
    public AudienceKind? Audience { get; init; }

    /// <summary>The 党小组 (id or name) of a group audience; null for the creator's own group.</summary>
    public string? Group { get; init; }

    public string? CheckInCode { get; init; }

    public string? HostMemberId { get; init; }

    /// <summary>
    /// The id to create the meeting under, issued with the summary a person confirms; a draft whose id exists already
    /// gets that meeting back instead of a second one (a 确认 that arrives twice). Null for a new id.
    /// </summary>
    public string? Id { get; init; }
}
