namespace BranchBot.Core.Meetings;

public enum AttendanceStatus
{
    CheckedIn,
    LeaveRequested,
    LeaveApproved,
    LeaveDenied,
}

/// <summary>One member's attendance at one meeting: checked in, or a leave request and its outcome.</summary>
public sealed record AttendanceRecord
{
    public string Id => KeyOf(MeetingId, MemberId);

    public required string MeetingId { get; init; }

    public required string MemberId { get; init; }

    public required AttendanceStatus Status { get; init; }

    /// <summary>The reason the member gave; none for leave entered while recording a held meeting (<see cref="LeaveRecordedAfterwards"/>).</summary>
    public string? LeaveReason { get; init; }

    /// <summary>Leave entered by a committee member while recording a held meeting (补录), not asked for by the member.</summary>
    public bool LeaveRecordedAfterwards { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>Who approved or denied the leave.</summary>
    public string? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public static string KeyOf(string meetingId, string memberId) => $"{meetingId}|{memberId}";
}
