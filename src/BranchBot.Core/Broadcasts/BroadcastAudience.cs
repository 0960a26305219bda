namespace BranchBot.Core.Broadcasts;

public enum BroadcastAudienceKind
{
    /// <summary>Every active member (全体党员).</summary>
    Branch,

    /// <summary>书记, 副书记 and 支委.</summary>
    Committee,

    /// <summary>The branch's 书记 and 副书记 (a 党委广播 to 各支部书记).</summary>
    Secretaries,

    /// <summary>The members of one 党小组, named by <see cref="BroadcastAudience.GroupName"/>.</summary>
    Group,

    /// <summary>Those expected at a meeting who neither checked in nor were excused (<see cref="BroadcastAudience.MeetingId"/>).</summary>
    NotCheckedIn,

    /// <summary>Recipients of an earlier broadcast who have not pressed 收到 (<see cref="BroadcastAudience.BroadcastNumber"/>).</summary>
    NotAcknowledged,
}

/// <summary>Who a broadcast is for. Resolved to members when it is previewed and again, finally, when it is sent.</summary>
public sealed record BroadcastAudience(
    BroadcastAudienceKind Kind, string? GroupName = null, string? MeetingId = null, int? BroadcastNumber = null)
{
    public static BroadcastAudience Branch { get; } = new(BroadcastAudienceKind.Branch);

    public static BroadcastAudience Committee { get; } = new(BroadcastAudienceKind.Committee);

    public static BroadcastAudience Secretaries { get; } = new(BroadcastAudienceKind.Secretaries);

    public static BroadcastAudience Group(string groupName) => new(BroadcastAudienceKind.Group, GroupName: groupName);

    public static BroadcastAudience NotCheckedIn(string meetingId) => new(BroadcastAudienceKind.NotCheckedIn, MeetingId: meetingId);

    public static BroadcastAudience NotAcknowledged(int broadcastNumber) =>
        new(BroadcastAudienceKind.NotAcknowledged, BroadcastNumber: broadcastNumber);
}
