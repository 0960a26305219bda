namespace BranchBot.Core.Meetings;

public enum AudienceKind
{
    /// <summary>Every active member.</summary>
    Branch,

    /// <summary>书记, 副书记 and 支委.</summary>
    Committee,

    /// <summary>The members of one 党小组.</summary>
    Group,
}

/// <summary>Who a meeting is for; <see cref="GroupId"/> is set for a 党小组 audience only.</summary>
public sealed record MeetingAudience(AudienceKind Kind, string? GroupId = null)
{
    public static MeetingAudience Branch { get; } = new(AudienceKind.Branch);

    public static MeetingAudience Committee { get; } = new(AudienceKind.Committee);

    public static MeetingAudience Group(string groupId) => new(AudienceKind.Group, groupId);
}
