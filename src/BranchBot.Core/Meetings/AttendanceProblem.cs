namespace BranchBot.Core.Meetings;

/// <summary>Why a 签到, a leave request or a leave decision was refused, or a meeting's attendance cannot be shown. The front ends word it.</summary>
public abstract record AttendanceProblem
{
    // 签到
    /// <summary>The meeting asks for a check-in code and none was given.</summary>
    public sealed record CodeNeeded(Meeting Meeting) : AttendanceProblem;

    public sealed record WrongCode : AttendanceProblem;

    /// <summary>The meeting named (e.g. by a reminder's button) does not exist.</summary>
    public sealed record NamedMeetingNotFound : AttendanceProblem;

    /// <summary>The meeting named for 签到 was cancelled.</summary>
    public sealed record CheckInCancelled(Meeting Meeting) : AttendanceProblem;

    /// <summary>The member is not among the audience of the meeting named for 签到.</summary>
    public sealed record NotInAudience(Meeting Meeting) : AttendanceProblem;

    /// <summary>
    /// Check-in is open only for a meeting the member is not part of; <paramref name="Next"/> is the member's own next
    /// meeting whose window opens later (at <paramref name="NextOpens"/>), if any.
    /// </summary>
    public sealed record OpenForOthers(Meeting Meeting, Meeting? Next = null, DateTimeOffset? NextOpens = null) : AttendanceProblem;

    /// <summary>No check-in open and no meeting ahead for the member.</summary>
    public sealed record NothingToCheckIn : AttendanceProblem;

    public sealed record CheckInNotOpenYet(Meeting Meeting, DateTimeOffset Opens) : AttendanceProblem;

    /// <summary>
    /// The member's running meeting stopped taking check-ins at <paramref name="Closed"/>; <paramref name="Next"/> is
    /// their following meeting whose window opens later (at <paramref name="NextOpens"/>), if any: the one a member
    /// early for it most likely means.
    /// </summary>
    public sealed record CheckInClosed(Meeting Meeting, DateTimeOffset Closed, Meeting? Next = null, DateTimeOffset? NextOpens = null) : AttendanceProblem;

    // 请假
    public sealed record ReasonMissing : AttendanceProblem;

    public sealed record ReasonTooLong(int MaxLength) : AttendanceProblem;

    /// <summary>No meeting ahead for the member, so nothing to ask leave from.</summary>
    public sealed record NoMeetingAhead : AttendanceProblem;

    /// <summary>The meeting named for 请假 or for 签到情况 does not exist.</summary>
    public sealed record MeetingNotFound : AttendanceProblem;

    public sealed record LeaveFromCancelled(Meeting Meeting) : AttendanceProblem;

    public sealed record LeaveNotInAudience(Meeting Meeting) : AttendanceProblem;

    public sealed record LeaveAfterEnd(Meeting Meeting) : AttendanceProblem;

    public sealed record LeaveAlreadyCheckedIn(Meeting Meeting) : AttendanceProblem;

    public sealed record LeaveAlreadyApproved(Meeting Meeting) : AttendanceProblem;

    public sealed record LeaveAlreadyRequested(Meeting Meeting) : AttendanceProblem;

    /// <summary>撤销请假: the member has no pending or approved leave at that meeting.</summary>
    public sealed record NoLeaveToWithdraw(Meeting Meeting) : AttendanceProblem;

    /// <summary>撤销请假 once the meeting is over: the leave stays on the record.</summary>
    public sealed record WithdrawAfterEnd(Meeting Meeting) : AttendanceProblem;

    // 审批请假
    /// <summary>Only committee members decide leave requests.</summary>
    public sealed record DecideNotAllowed : AttendanceProblem;

    /// <summary>The meeting or the member of a leave request is gone.</summary>
    public sealed record LeaveRequestNotFound : AttendanceProblem;

    /// <summary>Nothing pending for this member and meeting (perhaps decided already).</summary>
    public sealed record NoPendingLeave(string MemberName, Meeting Meeting) : AttendanceProblem;
}
