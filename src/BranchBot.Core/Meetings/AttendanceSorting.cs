using System.Collections.Concurrent;
using BranchBot.Core.Membership;

namespace BranchBot.Core.Meetings;

/// <summary>
/// A meeting's audience sorted into attended, on leave, leave pending and absent. At 10,000 members this is most of a
/// 签到情况 turn, and the committee asks again and again while nothing changed, so the last sorting of each meeting is
/// kept and reused while the audience list and the record list are the very same instances (the caches hand back the
/// same lists until something changes; any other list is sorted afresh, so a reuse can never be stale).
/// </summary>
internal sealed class AttendanceSorting
{
    /// <summary>Meetings whose last sorting is kept; past that, all are dropped (a branch looks at a few at a time).</summary>
    private const int MeetingsKept = 32;

    private readonly ConcurrentDictionary<string, Sorted> _byMeeting = new(StringComparer.Ordinal);

    /// <summary>
    /// Someone who joined the branch after a meeting began was never expected at it (nor told of it): without a record
    /// of theirs they are left out, not counted absent and sent a 补学 reminder. A meeting recorded afterwards (补录)
    /// keeps the whole roster: its roster was typed in after the fact, and the secretary named who attended.
    /// </summary>
    public Sorted Sort(Meeting meeting, IReadOnlyList<Member> audienceByName, IReadOnlyList<AttendanceRecord> records)
    {
        var meetingId = meeting.Id;
        if (_byMeeting.TryGetValue(meetingId, out var kept) && ReferenceEquals(kept.Audience, audienceByName) && ReferenceEquals(kept.Records, records)
            && kept.StartsAt == meeting.StartsAt)
        {
            return kept;
        }

        var statusOf = new Dictionary<string, AttendanceStatus>(records.Count, StringComparer.Ordinal);
        foreach (var record in records)
        {
            statusOf[record.MemberId] = record.Status;
        }

        // Denied leave and no record at all both count as absent.
        var expected = meeting.RecordedAfterwards ? audienceByName : audienceByName.Where(m => m.CreatedAt <= meeting.StartsAt || statusOf.ContainsKey(m.Id));
        var byStatus = expected.ToLookup(m => statusOf.GetValueOrDefault(m.Id, AttendanceStatus.LeaveDenied));
        var sorted = new Sorted(
            audienceByName,
            records,
            meeting.StartsAt,
            [.. byStatus[AttendanceStatus.CheckedIn]],
            [.. byStatus[AttendanceStatus.LeaveApproved]],
            [.. byStatus[AttendanceStatus.LeaveRequested]],
            [.. byStatus[AttendanceStatus.LeaveDenied]]);
        if (_byMeeting.Count >= MeetingsKept)
        {
            _byMeeting.Clear();
        }

        _byMeeting[meetingId] = sorted;
        return sorted;
    }

    internal sealed record Sorted(
        IReadOnlyList<Member> Audience,
        IReadOnlyList<AttendanceRecord> Records,
        DateTimeOffset StartsAt,
        IReadOnlyList<Member> Attended,
        IReadOnlyList<Member> OnLeave,
        IReadOnlyList<Member> LeavePending,
        IReadOnlyList<Member> Absent);
}
