using BranchBot.Core.Membership;
using BranchBot.Core.Time;

namespace BranchBot.Core.Meetings;

/// <summary>签到, 请假 and its approval, and the attendance of a meeting.</summary>
public sealed class AttendanceService(
    IMeetingStore store, IMembershipStore members, MeetingService meetings, MeetingAudienceResolver audiences,
    BranchClock clock, MeetingWriteLock writeLock)
{
    public const int MaxLeaveReasonLength = 200;

    /// <summary>
    /// Checks the member in to the meeting whose window is open now (or the one named by <paramref name="meetingId"/>,
    /// e.g. from a reminder's button). Approved or pending leave turns into attendance.
    /// </summary>
    public async Task<Outcome<CheckInResult>> CheckInAsync(Member member, string? code, string? meetingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var chosen = await ChooseCheckInMeetingAsync(member, code, meetingId, cancellationToken);
        if (!chosen.Succeeded)
        {
            return chosen.Problem!;
        }

        var meeting = chosen.Value!;
        return await writeLock.RunAsync<Outcome<CheckInResult>>(async () =>
        {
            var existing = await store.GetAttendanceAsync(meeting.Id, member.Id, cancellationToken);
            if (existing?.Status == AttendanceStatus.CheckedIn)
            {
                return Outcome<CheckInResult>.Ok(new CheckInResult(meeting, existing, AlreadyCheckedIn: true));
            }

            if (meeting.CheckInCode is { } expected && !MeetingFields.CodeMatches(expected, code))
            {
                return string.IsNullOrWhiteSpace(code)
                    ? $"{MeetingTimeText.Describe(meeting, clock.Zone)}需要签到码。请发送「签到 签到码」，签到码由主持人在会场公布。"
                    : "签到码不正确，请核对后重新发送「签到 签到码」。";
            }

            var record = (existing ?? new AttendanceRecord { MeetingId = meeting.Id, MemberId = member.Id, Status = AttendanceStatus.CheckedIn })
                with { Status = AttendanceStatus.CheckedIn, At = clock.UtcNow };
            await store.SaveAttendanceAsync(record, cancellationToken);
            return Outcome<CheckInResult>.Ok(new CheckInResult(meeting, record, AlreadyCheckedIn: false));
        }, cancellationToken);
    }

    /// <summary>Asks for leave from the named meeting, or from the member's next one; refused once it has ended.</summary>
    public async Task<Outcome<LeaveRequest>> RequestLeaveAsync(Member member, string reason, string? meetingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var cleanReason = reason?.Trim();
        if (string.IsNullOrEmpty(cleanReason))
        {
            return "请说明请假原因，例如「请假 出差在外」。";
        }

        if (cleanReason.Length > MaxLeaveReasonLength)
        {
            return $"请假原因太长了，请控制在{MaxLeaveReasonLength}个字以内。";
        }

        var meeting = meetingId is null
            ? await meetings.FindNextForAsync(member, cancellationToken)
            : await meetings.FindByIdAsync(meetingId, cancellationToken);
        if (meeting is null)
        {
            return meetingId is null ? "近期没有需要你参加的会议，无需请假。" : "找不到这次会议。请发送「近期安排」查看。";
        }

        var described = MeetingTimeText.Describe(meeting, clock.Zone);
        if (meeting.IsCancelled)
        {
            return $"{described}已经取消，无需请假。";
        }

        if (!MeetingAudienceResolver.Includes(meeting.Audience, member))
        {
            return $"你不在{described}的参会范围内，无需请假。";
        }

        return await writeLock.RunAsync<Outcome<LeaveRequest>>(async () =>
        {
            if (meeting.EndsAt <= clock.UtcNow)
            {
                return $"{described}已经结束，不能再请假。未参会的同志请按要求补学。";
            }

            var existing = await store.GetAttendanceAsync(meeting.Id, member.Id, cancellationToken);
            switch (existing?.Status)
            {
                case AttendanceStatus.CheckedIn:
                    return $"你已在{described}签到，无需请假。";
                case AttendanceStatus.LeaveApproved:
                    return $"你在{described}的请假已获批准，无需重复申请。";
                case AttendanceStatus.LeaveRequested:
                    return $"你已为{described}提交过请假申请，正在等待审批。";
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
            return Outcome<LeaveRequest>.Ok(new LeaveRequest(meeting, record));
        }, cancellationToken);
    }

    /// <summary>Approves or denies a pending leave request; committee members only.</summary>
    public async Task<Outcome<LeaveDecision>> DecideLeaveAsync(
        string meetingId, string memberId, bool approve, Member decider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decider);
        if (!decider.IsCommittee || !decider.IsActive)
        {
            return "只有书记、副书记和支委可以审批请假。";
        }

        return await writeLock.RunAsync<Outcome<LeaveDecision>>(async () =>
        {
            var meeting = await store.GetAsync(meetingId, cancellationToken);
            var requester = await members.GetMemberAsync(memberId, cancellationToken);
            var record = await store.GetAttendanceAsync(meetingId, memberId, cancellationToken);
            if (meeting is null || requester is null)
            {
                return "找不到这条请假申请对应的会议或党员。";
            }

            if (record?.Status != AttendanceStatus.LeaveRequested)
            {
                return $"「{requester.Name}」在{MeetingTimeText.Describe(meeting, clock.Zone)}没有待审批的请假申请（可能已经处理过）。";
            }

            var decided = record with
            {
                Status = approve ? AttendanceStatus.LeaveApproved : AttendanceStatus.LeaveDenied,
                DecidedBy = decider.Id,
                DecidedAt = clock.UtcNow,
            };
            await store.SaveAttendanceAsync(decided, cancellationToken);
            return Outcome<LeaveDecision>.Ok(new LeaveDecision(meeting, requester, decided));
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

    /// <summary>The meeting's current audience sorted into attended, on leave, leave pending and absent.</summary>
    public async Task<Outcome<AttendanceSummary>> SummarizeAsync(string meetingId, CancellationToken cancellationToken)
    {
        var meeting = await meetings.FindByIdAsync(meetingId, cancellationToken);
        if (meeting is null)
        {
            return "找不到这次会议。请发送「近期安排」查看。";
        }

        var audience = await audiences.MembersOfAsync(meeting.Audience, cancellationToken);
        var records = (await store.ListAttendanceAsync(meeting.Id, cancellationToken)).ToDictionary(r => r.MemberId);
        var byStatus = audience
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToLookup(m => records.TryGetValue(m.Id, out var record) ? record.Status : AttendanceStatus.LeaveDenied);
        return Outcome<AttendanceSummary>.Ok(new AttendanceSummary(
            meeting,
            [.. byStatus[AttendanceStatus.CheckedIn]],
            [.. byStatus[AttendanceStatus.LeaveApproved]],
            [.. byStatus[AttendanceStatus.LeaveRequested]],
            [.. byStatus[AttendanceStatus.LeaveDenied]])
        {
            CheckInStillOpen = !meeting.RecordedAfterwards && clock.UtcNow < meetings.CheckInWindowOf(meeting).Closes,
        });
    }

    private async Task<Outcome<Meeting>> ChooseCheckInMeetingAsync(Member member, string? code, string? meetingId, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        if (meetingId is not null)
        {
            var named = await meetings.FindByIdAsync(meetingId, cancellationToken);
            if (named is null || named.IsCancelled)
            {
                return named is null ? "找不到这次会议。" : $"{MeetingTimeText.Describe(named, clock.Zone)}已经取消。";
            }

            if (!MeetingAudienceResolver.Includes(named.Audience, member))
            {
                return $"你不在{MeetingTimeText.Describe(named, clock.Zone)}的参会范围内。";
            }

            var window = meetings.CheckInWindowOf(named);
            return window.Contains(now) ? Outcome<Meeting>.Ok(named) : ClosedWindowProblem(named, window, now);
        }

        var open = await meetings.ListCheckInOpenAsync(cancellationToken);
        var mine = open.Where(m => MeetingAudienceResolver.Includes(m.Audience, member)).ToList();
        if (mine.Count > 0)
        {
            // Two meetings open at once: the code read out in the room tells which one is meant.
            return Outcome<Meeting>.Ok(mine.FirstOrDefault(m => m.CheckInCode is { } c && MeetingFields.CodeMatches(c, code)) ?? mine[0]);
        }

        if (open.Count > 0)
        {
            return $"现在开放签到的是{MeetingTimeText.Describe(open[0], clock.Zone)}，你不在参会范围内。";
        }

        var next = await meetings.FindNextForAsync(member, cancellationToken);
        return next is null
            ? "现在没有可以签到的会议，近期也没有需要你参加的会议。"
            : ClosedWindowProblem(next, meetings.CheckInWindowOf(next), now);
    }

    private string ClosedWindowProblem(Meeting meeting, CheckInWindow window, DateTimeOffset now)
    {
        var described = MeetingTimeText.Describe(meeting, clock.Zone);
        return now < window.Opens
            ? $"现在还不能签到。你的下一次会议是{described}，签到将于{MeetingTimeText.TimeOrDateAndTime(window.Opens, meeting.StartsAt, clock.Zone)}开放。"
            : $"{described}的签到已于{MeetingTimeText.TimeOrDateAndTime(window.Closes, meeting.StartsAt, clock.Zone)}结束。未能参会的同志请按要求补学。";
    }
}
