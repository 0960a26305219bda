using BranchBot.Core.Membership;
using BranchBot.Core.Time;

namespace BranchBot.Core.Meetings;

/// <summary>签到, 请假 and its approval, and the attendance of a meeting.</summary>
public sealed class AttendanceService(
    IMeetingStore store, IMembershipStore members, MeetingService meetings, MeetingAudienceResolver audiences,
    BranchClock clock, MeetingWriteLock writeLock)
{
    public const int MaxLeaveReasonLength = 200;

    private readonly AttendanceSorting _sorting = new();

    /// <summary>
    /// Checks the member in to the meeting whose window is open now (or the one named by <paramref name="meetingId"/>,
    /// e.g. from a reminder's button). Approved or pending leave turns into attendance.
    /// </summary>
    public async Task<Outcome<CheckInResult, AttendanceProblem>> CheckInAsync(Member member, string? code, string? meetingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var chosen = await ChooseCheckInMeetingAsync(member, code, meetingId, cancellationToken);
        if (!chosen.Succeeded)
        {
            return chosen.Problem!;
        }

        var meeting = chosen.Value!;
        return await writeLock.RunForRecordAsync<Outcome<CheckInResult, AttendanceProblem>>(meeting.Id, member.Id, async () =>
        {
            var existing = await store.GetAttendanceAsync(meeting.Id, member.Id, cancellationToken);
            if (existing?.Status == AttendanceStatus.CheckedIn)
            {
                return Outcome<CheckInResult, AttendanceProblem>.Ok(new CheckInResult(meeting, existing, AlreadyCheckedIn: true));
            }

            if (meeting.CheckInCode is { } expected && !MeetingFields.CodeMatches(expected, code))
            {
                return string.IsNullOrWhiteSpace(code) ? new AttendanceProblem.CodeNeeded(meeting) : new AttendanceProblem.WrongCode();
            }

            var record = (existing ?? new AttendanceRecord { MeetingId = meeting.Id, MemberId = member.Id, Status = AttendanceStatus.CheckedIn })
                with { Status = AttendanceStatus.CheckedIn, At = clock.UtcNow };
            await store.SaveAttendanceAsync(record, cancellationToken);
            return Outcome<CheckInResult, AttendanceProblem>.Ok(new CheckInResult(meeting, record, AlreadyCheckedIn: false));
        }, cancellationToken);
    }

    /// <summary>Asks for leave from the named meeting, or from the member's next one; refused once it has ended.</summary>
    public async Task<Outcome<LeaveRequest, AttendanceProblem>> RequestLeaveAsync(Member member, string reason, string? meetingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var cleanReason = reason?.Trim();
        if (string.IsNullOrEmpty(cleanReason))
        {
            return new AttendanceProblem.ReasonMissing();
        }

        if (cleanReason.Length > MaxLeaveReasonLength)
        {
            return new AttendanceProblem.ReasonTooLong(MaxLeaveReasonLength);
        }

        var meeting = meetingId is null
            ? await meetings.FindNextForAsync(member, cancellationToken)
            : await meetings.FindByIdAsync(meetingId, cancellationToken);
        if (meeting is null)
        {
            return meetingId is null ? new AttendanceProblem.NoMeetingAhead() : new AttendanceProblem.MeetingNotFound();
        }

        if (meeting.IsCancelled)
        {
            return new AttendanceProblem.LeaveFromCancelled(meeting);
        }

        if (!MeetingAudienceResolver.Includes(meeting.Audience, member))
        {
            return new AttendanceProblem.LeaveNotInAudience(meeting);
        }

        return await writeLock.RunForRecordAsync<Outcome<LeaveRequest, AttendanceProblem>>(meeting.Id, member.Id, async () =>
        {
            if (meeting.EndsAt <= clock.UtcNow)
            {
                return new AttendanceProblem.LeaveAfterEnd(meeting);
            }

            var existing = await store.GetAttendanceAsync(meeting.Id, member.Id, cancellationToken);
            switch (existing?.Status)
            {
                case AttendanceStatus.CheckedIn:
                    return new AttendanceProblem.LeaveAlreadyCheckedIn(meeting);
                case AttendanceStatus.LeaveApproved:
                    return new AttendanceProblem.LeaveAlreadyApproved(meeting);
                case AttendanceStatus.LeaveRequested:
                    return new AttendanceProblem.LeaveAlreadyRequested(meeting);
                default:
                    break;
            }

            var record = new AttendanceRecord
            {
                MeetingId = meeting.Id,
                MemberId = member.Id,
                Status = AttendanceStatus.LeaveRequested,
                LeaveReason = cleanReason,
                At = clock.UtcNow,
            };
            await store.SaveAttendanceAsync(record, cancellationToken);
            return Outcome<LeaveRequest, AttendanceProblem>.Ok(new LeaveRequest(meeting, record));
        }, cancellationToken);
    }

    /// <summary>
    /// Takes back the member's pending or approved leave from a meeting not yet ended (撤销请假): the record is forgotten,
    /// so the member counts as expected again and can check in.
    /// </summary>
    public async Task<Outcome<LeaveWithdrawal, AttendanceProblem>> WithdrawLeaveAsync(Member member, string meetingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var meeting = await meetings.FindByIdAsync(meetingId, cancellationToken);
        if (meeting is null)
        {
            return new AttendanceProblem.MeetingNotFound();
        }

        return await writeLock.RunForRecordAsync<Outcome<LeaveWithdrawal, AttendanceProblem>>(meeting.Id, member.Id, async () =>
        {
            var existing = await store.GetAttendanceAsync(meeting.Id, member.Id, cancellationToken);
            if (existing is not { Status: AttendanceStatus.LeaveRequested or AttendanceStatus.LeaveApproved })
            {
                return new AttendanceProblem.NoLeaveToWithdraw(meeting);
            }

            if (meeting.EndsAt <= clock.UtcNow)
            {
                return new AttendanceProblem.WithdrawAfterEnd(meeting);
            }

            await store.DeleteAttendanceAsync(meeting.Id, member.Id, cancellationToken);
            return Outcome<LeaveWithdrawal, AttendanceProblem>.Ok(new LeaveWithdrawal(meeting, existing));
        }, cancellationToken);
    }

    /// <summary>Approves or denies a pending leave request; committee members only.</summary>
    public async Task<Outcome<LeaveDecision, AttendanceProblem>> DecideLeaveAsync(
        string meetingId, string memberId, bool approve, Member decider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decider);
        if (!decider.IsCommittee || !decider.IsActive)
        {
            return new AttendanceProblem.DecideNotAllowed();
        }

        return await writeLock.RunForRecordAsync<Outcome<LeaveDecision, AttendanceProblem>>(meetingId, memberId, async () =>
        {
            var meeting = await store.GetAsync(meetingId, cancellationToken);
            var requester = await members.GetMemberAsync(memberId, cancellationToken);
            var record = await store.GetAttendanceAsync(meetingId, memberId, cancellationToken);
            if (meeting is null || requester is null)
            {
                return new AttendanceProblem.LeaveRequestNotFound();
            }

            if (record?.Status != AttendanceStatus.LeaveRequested)
            {
                return new AttendanceProblem.NoPendingLeave(requester.Name, meeting);
            }

            var decided = record with
            {
                Status = approve ? AttendanceStatus.LeaveApproved : AttendanceStatus.LeaveDenied,
                DecidedBy = decider.Id,
                DecidedAt = clock.UtcNow,
            };
            await store.SaveAttendanceAsync(decided, cancellationToken);
            return Outcome<LeaveDecision, AttendanceProblem>.Ok(new LeaveDecision(meeting, requester, decided));
        }, cancellationToken);
    }

    /// <summary>The member's attendance records at those of the meetings that have one, by meeting id.</summary>
    public async Task<IReadOnlyDictionary<string, AttendanceRecord>> RecordsOfAsync(Member member, IEnumerable<Meeting> meetingsOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(meetingsOf);
        var records = new Dictionary<string, AttendanceRecord>(StringComparer.Ordinal);
        foreach (var meeting in meetingsOf)
        {
            if (await store.GetAttendanceAsync(meeting.Id, member.Id, cancellationToken) is { } record)
            {
                records[meeting.Id] = record;
            }
        }

        return records;
    }

    /// <summary>Leave requests waiting for a decision, oldest first.</summary>
    public async Task<IReadOnlyList<PendingLeave>> ListPendingLeaveAsync(CancellationToken cancellationToken)
    {
        var pending = new List<PendingLeave>();
        foreach (var record in await store.ListPendingLeaveAsync(cancellationToken))
        {
            var meeting = await store.GetAsync(record.MeetingId, cancellationToken);
            var member = await members.GetMemberAsync(record.MemberId, cancellationToken);
            if (meeting is { IsCancelled: false } && member is { IsActive: true })
            {
                pending.Add(new PendingLeave(meeting, member, record));
            }
        }

        return pending;
    }

    /// <summary>Approved leave at the meetings not yet ended (at most <paramref name="meetingsAhead"/> of them), earliest first.</summary>
    public async Task<IReadOnlyList<GrantedLeave>> ListGrantedLeaveAheadAsync(int meetingsAhead, CancellationToken cancellationToken)
    {
        var granted = new List<GrantedLeave>();
        foreach (var meeting in await meetings.ListUpcomingAsync(meetingsAhead, cancellationToken))
        {
            foreach (var record in await store.ListAttendanceAsync(meeting.Id, cancellationToken))
            {
                if (record.Status == AttendanceStatus.LeaveApproved && await members.GetMemberAsync(record.MemberId, cancellationToken) is { IsActive: true } member)
                {
                    granted.Add(new GrantedLeave(meeting, member, record));
                }
            }
        }

        return granted;
    }

    /// <summary>The meeting's current audience sorted into attended, on leave, leave pending and absent.</summary>
    public async Task<Outcome<AttendanceSummary, AttendanceProblem>> SummarizeAsync(string meetingId, CancellationToken cancellationToken)
    {
        var meeting = await meetings.FindByIdAsync(meetingId, cancellationToken);
        if (meeting is null)
        {
            return new AttendanceProblem.MeetingNotFound();
        }

        var audience = await audiences.MembersByNameAsync(meeting.Audience, cancellationToken);
        var sorted = _sorting.Sort(meeting, audience, await store.ListAttendanceAsync(meeting.Id, cancellationToken));
        return Outcome<AttendanceSummary, AttendanceProblem>.Ok(new AttendanceSummary(meeting, sorted.Attended, sorted.OnLeave, sorted.LeavePending, sorted.Absent)
        {
            CheckInStillOpen = !meeting.RecordedAfterwards && clock.UtcNow < meetings.CheckInWindowOf(meeting).Closes,
        });
    }

    private async Task<Outcome<Meeting, AttendanceProblem>> ChooseCheckInMeetingAsync(Member member, string? code, string? meetingId, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        if (meetingId is not null)
        {
            var named = await meetings.FindByIdAsync(meetingId, cancellationToken);
            if (named is null || named.IsCancelled)
            {
                return named is null ? new AttendanceProblem.NamedMeetingNotFound() : new AttendanceProblem.CheckInCancelled(named);
            }

            if (!MeetingAudienceResolver.Includes(named.Audience, member))
            {
                return new AttendanceProblem.NotInAudience(named);
            }

            var window = meetings.CheckInWindowOf(named);
            return window.Contains(now) ? Outcome<Meeting, AttendanceProblem>.Ok(named) : ClosedWindowProblem(named, window, now);
        }

        var open = await meetings.ListCheckInOpenAsync(cancellationToken);
        var mine = open.Where(m => MeetingAudienceResolver.Includes(m.Audience, member)).ToList();
        if (mine.Count > 0)
        {
            // Two meetings open at once: the code read out in the room tells which one is meant.
            return Outcome<Meeting, AttendanceProblem>.Ok(mine.FirstOrDefault(m => m.CheckInCode is { } c && MeetingFields.CodeMatches(c, code)) ?? mine[0]);
        }

        var ahead = await meetings.ListUpcomingForAsync(member, 2, cancellationToken);
        var next = ahead.Count > 0 ? ahead[0] : null;
        if (open.Count > 0)
        {
            // A member early for their own meeting while another group's window is open is told when theirs opens.
            var opens = next is null ? (DateTimeOffset?)null : meetings.CheckInWindowOf(next).Opens;
            return opens > now ? new AttendanceProblem.OpenForOthers(open[0], next, opens) : new AttendanceProblem.OpenForOthers(open[0]);
        }

        if (next is null)
        {
            return new AttendanceProblem.NothingToCheckIn();
        }

        var problem = ClosedWindowProblem(next, meetings.CheckInWindowOf(next), now);
        if (problem is AttendanceProblem.CheckInClosed closed && ahead.Count > 1 && meetings.CheckInWindowOf(ahead[1]).Opens is var nextOpens && nextOpens > now)
        {
            return closed with { Next = ahead[1], NextOpens = nextOpens };
        }

        return problem;
    }

    private static AttendanceProblem ClosedWindowProblem(Meeting meeting, CheckInWindow window, DateTimeOffset now) =>
        now < window.Opens
            ? new AttendanceProblem.CheckInNotOpenYet(meeting, window.Opens)
            : new AttendanceProblem.CheckInClosed(meeting, window.Closes);
}
