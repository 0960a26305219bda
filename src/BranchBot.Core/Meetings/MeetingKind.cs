namespace BranchBot.Core.Meetings;

/// <summary>The kinds of organisational life a branch holds: 三会一课, 主题党日 and the yearly meetings.</summary>
public enum MeetingKind
{
    /// <summary>党员大会.</summary>
    GeneralMeeting,

    /// <summary>支委会.</summary>
    CommitteeMeeting,

    /// <summary>党小组会.</summary>
    GroupMeeting,

    /// <summary>党课.</summary>
    PartyLecture,

    /// <summary>主题党日.</summary>
    ThemedPartyDay,

    /// <summary>组织生活会.</summary>
    OrganizationalLifeMeeting,

    /// <summary>民主评议党员.</summary>
    DemocraticReview,
}
