using BranchBot.Core.Membership;
using BranchBot.Core.Time;
using Microsoft.Extensions.Options;

namespace BranchBot.Core.Meetings;

/// <summary>
/// Arranging, changing and cancelling meetings, and finding the meeting a member means. Every saved change is passed
/// to the registered <see cref="IMeetingChangeListener"/>s (the scheduler rebuilds that meeting's triggers).
/// </summary>
public sealed class MeetingService
{
    /// <summary>How far ahead "upcoming" looks.</summary>
    private static readonly TimeSpan Ahead = TimeSpan.FromDays(3660);

    /// <summary>Stores keep instants to the millisecond, so an inclusive upper bound adds one millisecond, not one tick.</summary>
    private static readonly TimeSpan StoreResolution = TimeSpan.FromMilliseconds(1);

    private readonly IMeetingStore _store;
    private readonly BranchClock _clock;
    private readonly MeetingOptions _options;
    private readonly MeetingWriteLock _writeLock;
    private readonly MeetingChangeNotifier _notifier;
    private readonly MeetingArrangement _arrangement;

    public MeetingService(
        IMeetingStore store, IMembershipStore members, BranchClock clock, IOptions<MeetingOptions> options,
        MeetingWriteLock writeLock, MeetingChangeNotifier notifier)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _clock = clock;
        _options = options.Value;
        _writeLock = writeLock;
        _notifier = notifier;
        _arrangement = new MeetingArrangement(members);
    }

    /// <summary>The refusal given to members who may not arrange, change or cancel a meeting.</summary>
    public const string NotAllowedProblem = MeetingArrangement.NotAllowed;

    public CheckInWindow CheckInWindowOf(Meeting meeting) => CheckInWindow.Of(meeting, _options);

    /// <summary>Whether the member may arrange some meeting (committee, or a 党小组长 for their group): ask before a dialog.</summary>
    public static bool MayArrangeMeetings(Member actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsActive && (actor.IsCommittee || (actor.Role == MemberRole.GroupLeader && actor.GroupId is not null));
    }

    /// <summary>Whether the member may arrange, change or cancel this meeting.</summary>
    public static bool MayArrange(Member actor, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(meeting);
        return MeetingArrangement.MayArrange(actor, meeting.Kind, meeting.Audience);
    }

    /// <summary>
    /// Checks the draft and the creator's authority, saves the meeting and tells the listeners; a draft whose
    /// <see cref="MeetingDraft.Id"/> was created before gets that meeting back, unchecked and untold.
    /// </summary>
    public async Task<Outcome<Meeting>> CreateAsync(MeetingDraft draft, Member creator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(creator);
        if (draft.Id is { } id && await _store.GetAsync(id, cancellationToken) is { } made)
        {
            return Outcome<Meeting>.Ok(made);
        }

        var now = _clock.UtcNow;
        if (draft.StartsAt <= now)
        {
            return $"开始时间 {MeetingTimeText.DateAndTime(draft.StartsAt, _clock.Zone)} 已经过去了，请给出一个将来的时间。";
        }

        var end = draft.EndsAt ?? draft.StartsAt + (draft.Duration ?? _options.DefaultDuration);
        var duration = MeetingFields.Duration(draft.StartsAt, end);
        var place = MeetingFields.Place(draft.Place);
        var topic = MeetingFields.Topic(draft.Topic);
        var code = MeetingFields.CheckInCode(draft.CheckInCode);
        if (FirstProblem(duration.Problem, place.Problem, topic.Problem, code.Problem) is { } problem)
        {
            return problem;
        }

        var audience = await _arrangement.ResolveAudienceAsync(draft.Kind, draft.Audience, draft.Group, creator, cancellationToken);
        if (!audience.Succeeded)
        {
            return audience.Problem!;
        }

        if (!MeetingArrangement.MayArrange(creator, draft.Kind, audience.Value!))
        {
            return MeetingArrangement.NotAllowed;
        }

        var meeting = new Meeting
        {
            Id = draft.Id ?? Meeting.NewId(),
            Kind = draft.Kind,
            StartsAt = draft.StartsAt,
            EndsAt = end,
            Place = place.Value,
            Topic = topic.Value,
            Audience = audience.Value!,
            CheckInCode = code.Value,
            HostMemberId = draft.HostMemberId ?? creator.Id,
            CreatedBy = creator.Id,
            CreatedAt = now,
        };
        var (saved, isNew) = await _writeLock.RunAsync(async () =>
        {
            if (draft.Id is not null && await _store.GetAsync(meeting.Id, cancellationToken) is { } existing)
            {
                return (existing, false);
            }

            await _store.SaveAsync(meeting, cancellationToken);
            return (meeting, true);
        }, cancellationToken);
        if (isNew)
        {
            await _notifier.NotifyAsync(saved, cancellationToken);
        }

        return Outcome<Meeting>.Ok(saved);
    }

    /// <summary>Changes time, place, topic or code of a meeting that has not ended; a new time bumps the revision.</summary>
    public async Task<Outcome<Meeting>> UpdateAsync(string meetingId, MeetingChange change, Member actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(actor);
        if (change.IsEmpty)
        {
            return "没有需要修改的内容。可以修改时间、地点、主题或签到码。";
        }

        var place = MeetingFields.Place(change.Place);
        var topic = MeetingFields.Topic(change.Topic);
        var code = MeetingFields.CheckInCode(change.CheckInCode);
        if (FirstProblem(place.Problem, topic.Problem, code.Problem) is { } problem)
        {
            return problem;
        }

        var outcome = await ChangeAsync(meetingId, actor, (meeting, now) =>
        {
            if (meeting.EndsAt <= now)
            {
                return "这次会议已经结束，不能再修改。";
            }

            var updated = meeting with
            {
                Place = place.Value ?? meeting.Place,
                Topic = topic.Value ?? meeting.Topic,
                CheckInCode = change.RemoveCheckInCode ? null : code.Value ?? meeting.CheckInCode,
            };
            return change.ChangesTime ? Reschedule(updated, change, now) : Outcome<Meeting>.Ok(updated);
        }, cancellationToken);
        return outcome;
    }

    /// <summary>Cancels a meeting that has not ended yet.</summary>
    public Task<Outcome<Meeting>> CancelAsync(string meetingId, Member actor, CancellationToken cancellationToken) =>
        ChangeAsync(meetingId, actor, (meeting, now) => meeting.EndsAt <= now
            ? "这次会议已经结束，不能取消。"
            : Outcome<Meeting>.Ok(meeting with { CancelledAt = now }), cancellationToken);

    /// <summary>Stores the 会议记录 of a meeting that has started; a second call replaces the first text.</summary>
    public async Task<Outcome<Meeting>> AddMinutesAsync(string meetingId, string text, Member actor, CancellationToken cancellationToken)
    {
        var minutes = text?.Trim();
        if (string.IsNullOrEmpty(minutes))
        {
            return "会议记录不能为空。";
        }

        if (MeetingFields.MinutesProblem(minutes) is { } problem)
        {
            return problem;
        }

        return await ChangeAsync(meetingId, actor, (meeting, now) => meeting.StartsAt > now
            ? "会议还没有开始，请在会议开始后再添加会议记录。"
            : Outcome<Meeting>.Ok(meeting with { Minutes = minutes }), cancellationToken);
    }

    public async Task<Meeting?> FindByIdAsync(string meetingId, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(meetingId) ? null : await _store.GetAsync(meetingId.Trim(), cancellationToken);

    /// <summary>Meetings not cancelled and not yet ended (running ones included), earliest first.</summary>
    public async Task<IReadOnlyList<Meeting>> ListUpcomingAsync(int max, CancellationToken cancellationToken)
    {
        var now = _clock.UtcNow;
        var meetings = await _store.ListStartingBetweenAsync(now - MeetingFields.LongestMeeting, now + Ahead, cancellationToken);
        return [.. meetings.Where(m => !m.IsCancelled && m.EndsAt > now).Take(max)];
    }

    /// <summary>The upcoming meetings whose audience includes the member.</summary>
    public async Task<IReadOnlyList<Meeting>> ListUpcomingForAsync(Member member, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var upcoming = await ListUpcomingAsync(int.MaxValue, cancellationToken);
        return [.. upcoming.Where(m => MeetingAudienceResolver.Includes(m.Audience, member)).Take(max)];
    }

    /// <summary>Meetings already started (not cancelled) within the last year, latest first: for 会议记录.</summary>
    public Task<IReadOnlyList<Meeting>> ListRecentAsync(int max, CancellationToken cancellationToken) =>
        ListRecentAsync(max, includeCheckingIn: false, cancellationToken);

    /// <summary>
    /// As <see cref="ListRecentAsync(int, CancellationToken)"/>, plus a meeting not started yet whose check-in is
    /// open (it comes first): 签到情况 during the check-in window shows the meeting under way.
    /// </summary>
    public Task<IReadOnlyList<Meeting>> ListRecentOrCheckingInAsync(int max, CancellationToken cancellationToken) =>
        ListRecentAsync(max, includeCheckingIn: true, cancellationToken);

    /// <summary>The member's meetings whose check-in window is open now, the one starting nearest to now first.</summary>
    public async Task<IReadOnlyList<Meeting>> FindCheckInCandidatesAsync(Member member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var open = await ListCheckInOpenAsync(cancellationToken);
        return [.. open.Where(m => MeetingAudienceResolver.Includes(m.Audience, member))];
    }

    /// <summary>All meetings whose check-in window is open now, whoever they are for; nearest start first.</summary>
    public async Task<IReadOnlyList<Meeting>> ListCheckInOpenAsync(CancellationToken cancellationToken)
    {
        var now = _clock.UtcNow;
        var meetings = await _store.ListStartingBetweenAsync(
            now - _options.CheckInClosesAfter, now + _options.CheckInOpensBefore + StoreResolution, cancellationToken);
        return [.. meetings
            .Where(m => !m.IsCancelled && !m.RecordedAfterwards && CheckInWindowOf(m).Contains(now))
            .OrderBy(m => (m.StartsAt - now).Duration())];
    }

    /// <summary>The member's next meeting that has not ended (a running one counts): the one 请假 means.</summary>
    public async Task<Meeting?> FindNextForAsync(Member member, CancellationToken cancellationToken)
    {
        var upcoming = await ListUpcomingForAsync(member, 1, cancellationToken);
        return upcoming.Count > 0 ? upcoming[0] : null;
    }

    private async Task<IReadOnlyList<Meeting>> ListRecentAsync(int max, bool includeCheckingIn, CancellationToken cancellationToken)
    {
        var now = _clock.UtcNow;
        var until = includeCheckingIn ? now + _options.CheckInOpensBefore : now;
        var meetings = await _store.ListStartingBetweenAsync(now.AddYears(-1), until + StoreResolution, cancellationToken);
        return [.. meetings
            .Where(m => !m.IsCancelled && (m.StartsAt <= now || (!m.RecordedAfterwards && CheckInWindowOf(m).Contains(now))))
            .Reverse()
            .Take(max)];
    }

    private Outcome<Meeting> Reschedule(Meeting meeting, MeetingChange change, DateTimeOffset now)
    {
        var start = change.StartsAt ?? meeting.StartsAt;
        var end = change.EndsAt ?? (change.StartsAt is { } newStart ? newStart + (meeting.EndsAt - meeting.StartsAt) : meeting.EndsAt);
        if (change.StartsAt is not null && start <= now)
        {
            return $"新的开始时间 {MeetingTimeText.DateAndTime(start, _clock.Zone)} 已经过去了，请给出一个将来的时间。";
        }

        var duration = MeetingFields.Duration(start, end);
        if (!duration.Succeeded)
        {
            return duration.Problem!;
        }

        return start == meeting.StartsAt && end == meeting.EndsAt
            ? Outcome<Meeting>.Ok(meeting)
            : Outcome<Meeting>.Ok(meeting with { StartsAt = start, EndsAt = end, Revision = meeting.Revision + 1 });
    }

    /// <summary>Loads, checks authority and state, applies <paramref name="apply"/>, saves and notifies.</summary>
    private async Task<Outcome<Meeting>> ChangeAsync(
        string meetingId, Member actor, Func<Meeting, DateTimeOffset, Outcome<Meeting>> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var outcome = await _writeLock.RunAsync<Outcome<Meeting>>(async () =>
        {
            var meeting = await FindByIdAsync(meetingId, cancellationToken);
            if (meeting is null)
            {
                return "找不到这次会议，可能已被删除。请发送「近期安排」查看。";
            }

            if (!MeetingArrangement.MayArrange(actor, meeting.Kind, meeting.Audience))
            {
                return MeetingArrangement.NotAllowed;
            }

            if (meeting.IsCancelled)
            {
                return $"{MeetingTimeText.Describe(meeting, _clock.Zone)}已经取消了。";
            }

            var changed = apply(meeting, _clock.UtcNow);
            if (changed.Succeeded && changed.Value != meeting)
            {
                await _store.SaveAsync(changed.Value!, cancellationToken);
            }

            return changed;
        }, cancellationToken);
        if (outcome.Succeeded)
        {
            await _notifier.NotifyAsync(outcome.Value!, cancellationToken);
        }

        return outcome;
    }

    private static string? FirstProblem(params string?[] problems) => problems.FirstOrDefault(p => p is not null);
}
