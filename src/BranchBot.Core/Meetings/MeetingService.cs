using BranchBot.Core.Membership;
using BranchBot.Core.Text;
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

    public CheckInWindow CheckInWindowOf(Meeting meeting) => CheckInWindow.Of(meeting, _options);

    /// <summary>
    /// The audience a meeting of the kind will have: the one asked for (or the kind's default), a named 党小组 found
    /// by id or name, else the creator's own group. What the dialogs show before the meeting is arranged.
    /// </summary>
    public Task<Outcome<MeetingAudience, MeetingProblem>> ResolveAudienceAsync(
        MeetingKind kind, AudienceKind? asked, string? group, Member creator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(creator);
        return _arrangement.ResolveAudienceAsync(kind, asked, group, creator, cancellationToken);
    }

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
    public async Task<Outcome<Meeting, MeetingProblem>> CreateAsync(MeetingDraft draft, Member creator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(creator);
        if (draft.Id is { } id && await _store.GetAsync(id, cancellationToken) is { } made)
        {
            return Outcome<Meeting, MeetingProblem>.Ok(made);
        }

        var now = _clock.UtcNow;
        if (draft.StartsAt <= now)
        {
            return new MeetingProblem.StartPassed(draft.StartsAt);
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
            return new MeetingProblem.NotAllowed();
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

        return Outcome<Meeting, MeetingProblem>.Ok(saved);
    }

    /// <summary>Changes time, place, topic or code of a meeting that has not ended; a new time bumps the revision.</summary>
    public async Task<Outcome<Meeting, MeetingProblem>> UpdateAsync(string meetingId, MeetingChange change, Member actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(actor);
        if (change.IsEmpty)
        {
            return new MeetingProblem.NothingToChange();
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
                return new MeetingProblem.EndedCannotChange();
            }

            var updated = meeting with
            {
                Place = place.Value ?? meeting.Place,
                Topic = topic.Value ?? meeting.Topic,
                CheckInCode = change.RemoveCheckInCode ? null : code.Value ?? meeting.CheckInCode,
            };
            return change.ChangesTime ? Reschedule(updated, change, now) : Outcome<Meeting, MeetingProblem>.Ok(updated);
        }, cancellationToken);
        return outcome;
    }

    /// <summary>Cancels a meeting that has not ended yet.</summary>
    public Task<Outcome<Meeting, MeetingProblem>> CancelAsync(string meetingId, Member actor, CancellationToken cancellationToken) =>
        ChangeAsync(meetingId, actor, (meeting, now) => meeting.EndsAt <= now
            ? new MeetingProblem.EndedCannotCancel()
            : Outcome<Meeting, MeetingProblem>.Ok(meeting with { CancelledAt = now }), cancellationToken);

    /// <summary>Stores the 会议记录 of a meeting that has started; a second call replaces the first text.</summary>
    public async Task<Outcome<Meeting, MeetingProblem>> AddMinutesAsync(string meetingId, string text, Member actor, CancellationToken cancellationToken)
    {
        var minutes = text?.Trim();
        if (string.IsNullOrEmpty(minutes))
        {
            return new MeetingProblem.Text(new TextProblem.Empty(TextField.MeetingMinutes));
        }

        if (MeetingFields.MinutesProblem(minutes) is { } problem)
        {
            return problem;
        }

        return await ChangeAsync(meetingId, actor, (meeting, now) => meeting.StartsAt > now
            ? new MeetingProblem.MinutesBeforeStart()
            : Outcome<Meeting, MeetingProblem>.Ok(meeting with { Minutes = minutes }), cancellationToken);
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

    private Outcome<Meeting, MeetingProblem> Reschedule(Meeting meeting, MeetingChange change, DateTimeOffset now)
    {
        var start = change.StartsAt ?? meeting.StartsAt;
        var end = change.EndsAt ?? (change.StartsAt is { } newStart ? newStart + (meeting.EndsAt - meeting.StartsAt) : meeting.EndsAt);
        if (change.StartsAt is not null && start <= now)
        {
            return new MeetingProblem.NewStartPassed(start);
        }

        var duration = MeetingFields.Duration(start, end);
        if (!duration.Succeeded)
        {
            return duration.Problem!;
        }

        return start == meeting.StartsAt && end == meeting.EndsAt
            ? Outcome<Meeting, MeetingProblem>.Ok(meeting)
            : Outcome<Meeting, MeetingProblem>.Ok(meeting with { StartsAt = start, EndsAt = end, Revision = meeting.Revision + 1 });
    }

    /// <summary>Loads, checks authority and state, applies <paramref name="apply"/>, saves and notifies.</summary>
    private async Task<Outcome<Meeting, MeetingProblem>> ChangeAsync(
        string meetingId, Member actor, Func<Meeting, DateTimeOffset, Outcome<Meeting, MeetingProblem>> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var outcome = await _writeLock.RunAsync<Outcome<Meeting, MeetingProblem>>(async () =>
        {
            var meeting = await FindByIdAsync(meetingId, cancellationToken);
            if (meeting is null)
            {
                return new MeetingProblem.NotFound();
            }

            if (!MeetingArrangement.MayArrange(actor, meeting.Kind, meeting.Audience))
            {
                return new MeetingProblem.NotAllowed();
            }

            if (meeting.IsCancelled)
            {
                return new MeetingProblem.Cancelled(meeting);
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

    private static MeetingProblem? FirstProblem(params MeetingProblem?[] problems) => problems.FirstOrDefault(p => p is not null);
}
