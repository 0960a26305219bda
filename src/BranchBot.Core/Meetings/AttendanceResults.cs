using BranchBot.Core.Membership;

namespace BranchBot.Core.Meetings;

/// <summary>A successful 签到; <see cref="AlreadyCheckedIn"/> when the member had checked in before (已签到过).</summary>
public sealed record CheckInResult(Meeting Meeting, AttendanceRecord Record, bool AlreadyCheckedIn);

/// <summary>A stored leave request, waiting for a committee member's decision.</summary>
public sealed record LeaveRequest(Meeting Meeting, AttendanceRecord Record);

/// <summary>A withdrawn leave request (撤销请假): the member is expected at the meeting again; <see cref="Withdrawn"/> is the record as it was.</summary>
public sealed record LeaveWithdrawal(Meeting Meeting, AttendanceRecord Withdrawn)
{
    public bool WasApproved => Withdrawn.Status == AttendanceStatus.LeaveApproved;
}

/// <summary>A decided leave request; tell <see cref="Requester"/> the outcome.</summary>
public sealed record LeaveDecision(Meeting Meeting, Member Requester, AttendanceRecord Record)
{
    public bool Approved => Record.Status == AttendanceStatus.LeaveApproved;
}

/// <summary>A leave request waiting for a decision, with its meeting and member.</summary>
public sealed record PendingLeave(Meeting Meeting, Member Member, AttendanceRecord Record);

/// <summary>
/// Who of a meeting's audience attended, was on approved leave, is waiting for a leave decision, or was absent
/// (denied leave counts as absent; while check-in is still open, not signed in yet). Lists are ordered by name.
/// </summary>
public sealed record AttendanceSummary(
    Meeting Meeting,
    IReadOnlyList<Member> Attended,
    IReadOnlyList<Member> OnLeave,
    IReadOnlyList<Member> LeavePending,
    IReadOnlyList<Member> Absent)
{
    /// <summary>
    /// True until the meeting's check-in closes: those in <see cref="Absent"/> have not signed in yet (未签到) and may
    /// still come, so they are not called absent.
    /// </summary>
    public bool CheckInStillOpen { get; init; }

    public int AudienceCount => Attended.Count + OnLeave.Count + LeavePending.Count + Absent.Count;

    /// <summary>Attended ÷ (audience − approved leave); null when nobody was expected.</summary>
    public double? AttendanceRate => AudienceCount - OnLeave.Count is var expected and > 0 ? (double)Attended.Count / expected : null;

    /// <summary>"85.7%", or "—" when nobody was expected.</summary>
    public string AttendanceRateText =>
        AttendanceRate is { } rate ? rate.ToString("P1", System.Globalization.CultureInfo.InvariantCulture).Replace(" ", string.Empty, StringComparison.Ordinal) : "—";
}

/// <summary>Approved leave at one of the meetings ahead, with who was granted it.</summary>
public sealed record GrantedLeave(Meeting Meeting, Member Member, AttendanceRecord Record);
