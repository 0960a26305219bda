namespace BranchBot.Core.Meetings;

/// <summary>What the secretary asked for when setting up a recurring plan ("每月15日下午3点 主题党日").</summary>
public sealed record PlanDraft
{
    public required MeetingKind Kind { get; init; }

    public required Recurrence Recurrence { get; init; }

    /// <summary>Length of each occurrence; null for MeetingOptions.DefaultDuration.</summary>
    public TimeSpan? Duration { get; init; }

    public string? Place { get; init; }

    public string? Topic { get; init; }

    /// <summary>Who attends; null for the kind's default.</summary>
    public AudienceKind? Audience { get; init; }

    /// <summary>The 党小组 (id or name) of a group audience; null for the creator's own group.</summary>
    public string? Group { get; init; }

    /// <summary>
    /// The id to create the plan under, issued with the summary a person confirms; a draft whose id exists already
    /// gets that plan back instead of a second one (a 确认 that arrives twice). Null for a new id.
    /// </summary>
    public string? Id { get; init; }
}

/// <summary>
/// A new plan and the occurrences it created at once (announce them to their audience); <paramref name="MadeBefore"/>
/// when the draft's id had made it already, so nothing was created or is to be announced this time.
/// </summary>
public sealed record PlanCreated(MeetingPlan Plan, IReadOnlyList<Meeting> Occurrences, bool MadeBefore = false);
