using BranchBot.Core.Membership;
using BranchBot.Core.Time;
using Microsoft.Extensions.Options;

namespace BranchBot.Core.Meetings;

/// <summary>
/// 补录: enters a meeting that was already held (often on paper, before the bot was used) with its attendance, so
/// the 台账 is complete. Saved as a normal meeting marked <see cref="Meeting.RecordedAfterwards"/>; the change
/// listeners are deliberately not told, so no trigger, reminder, check-in notice or 补学 notice ever follows.
/// </summary>
public sealed class RecordedMeetingService
{
    private readonly IMeetingStore _store;
    private readonly IMembershipStore _members;
    private readonly BranchClock _clock;
    private readonly MeetingOptions _options;
    private readonly MeetingWriteLock _writeLock;
    private readonly MeetingArrangement _arrangement;

    public RecordedMeetingService(
        IMeetingStore store, IMembershipStore members, BranchClock clock, IOptions<MeetingOptions> options, MeetingWriteLock writeLock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _members = members;
        _clock = clock;
        _options = options.Value;
        _writeLock = writeLock;
        _arrangement = new MeetingArrangement(members);
    }

    /// <summary>书记, 副书记 and 支委 may record held meetings.</summary>
    public static bool MayRecord(Member actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsActive && actor.IsCommittee;
    }

    /// <summary>The earliest start accepted: 1 January of last year in the branch's zone.</summary>
    public DateTimeOffset EarliestStart => CompliancePeriods.Year(_clock.Now.Year - 1, _clock.Zone).Start;

    /// <summary>Checks the start (past, not before last year), the fields and the names; saves meeting and attendance.</summary>
    public async Task<Outcome<RecordedMeeting, RecordedMeetingProblem>> RecordAsync(RecordedMeetingDraft draft, Member actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        if (!MayRecord(actor))
        {
            return new RecordedMeetingProblem.NotAllowed();
        }

        var now = _clock.UtcNow;
        if (TimeProblem(draft.StartsAt, now) is { } timeProblem)
        {
            return timeProblem;
        }

        // A meeting recorded soon after it began ends "now" at the latest, so it is never listed as upcoming.
        var end = draft.EndsAt ?? draft.StartsAt + _options.DefaultDuration;
        var duration = MeetingFields.Duration(draft.StartsAt, end);
        var place = MeetingFields.Place(draft.Place);
        var topic = MeetingFields.Topic(draft.Topic);
        var minutes = Minutes(draft.Minutes);
        if (new[] { duration.Problem, place.Problem, topic.Problem, minutes.Problem }.FirstOrDefault(p => p is not null) is { } problem)
        {
            return new RecordedMeetingProblem.Meeting(problem);
        }

        var audience = await _arrangement.ResolveAudienceAsync(draft.Kind, null, draft.Group, actor, cancellationToken);
        if (!audience.Succeeded)
        {
            return new RecordedMeetingProblem.Meeting(audience.Problem!);
        }

        var people = await ResolvePeopleAsync(draft, audience.Value!, cancellationToken);
        if (!people.Succeeded)
        {
            return people.Problem!;
        }

        var (host, attended, onLeave) = people.Value;
        var meeting = new Meeting
        {
            Id = Meeting.NewId(),
            Kind = draft.Kind,
            StartsAt = draft.StartsAt,
            EndsAt = end > now ? now : end,
            Place = place.Value,
            Topic = topic.Value,
            Audience = audience.Value!,
            HostMemberId = host?.Id ?? actor.Id,
            Minutes = minutes.Value,
            CreatedBy = actor.Id,
            CreatedAt = now,
            RecordedAfterwards = true,
        };
        return await _writeLock.RunAsync<Outcome<RecordedMeeting, RecordedMeetingProblem>>(async () =>
        {
            if (await DuplicateOfAsync(meeting, cancellationToken) is { } existing)
            {
                return new RecordedMeetingProblem.AlreadyRecorded(existing);
            }

            await _store.SaveAsync(meeting, cancellationToken);
            foreach (var member in attended)
            {
                await _store.SaveAttendanceAsync(
                    new AttendanceRecord { MeetingId = meeting.Id, MemberId = member.Id, Status = AttendanceStatus.CheckedIn, At = meeting.StartsAt },
                    cancellationToken);
            }

            foreach (var member in onLeave)
            {
                await _store.SaveAttendanceAsync(
                    new AttendanceRecord
                    {
                        MeetingId = meeting.Id, MemberId = member.Id, Status = AttendanceStatus.LeaveApproved, LeaveRecordedAfterwards = true,
                        At = meeting.StartsAt, DecidedBy = actor.Id, DecidedAt = now,
                    },
                    cancellationToken);
            }

            return Outcome<RecordedMeeting, RecordedMeetingProblem>.Ok(new RecordedMeeting(meeting, attended, onLeave));
        }, cancellationToken);
    }

    /// <summary>Why this start cannot be recorded, or null: it must be past and not before last year.</summary>
    public RecordedMeetingProblem? TimeProblem(DateTimeOffset start, DateTimeOffset now)
    {
        if (start > now)
        {
            return new RecordedMeetingProblem.StartInFuture(start);
        }

        return start < EarliestStart
            ? new RecordedMeetingProblem.StartTooEarly(TimeZoneInfo.ConvertTime(EarliestStart, _clock.Zone).Year)
            : null;
    }

    private async Task<Meeting?> DuplicateOfAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var sameStart = await _store.ListStartingBetweenAsync(meeting.StartsAt, meeting.StartsAt.AddMinutes(1), cancellationToken);
        return sameStart.FirstOrDefault(m => !m.IsCancelled && m.Kind == meeting.Kind && m.Audience == meeting.Audience);
    }

    private async Task<Outcome<(Member? Host, IReadOnlyList<Member> Attended, IReadOnlyList<Member> OnLeave), RecordedMeetingProblem>> ResolvePeopleAsync(
        RecordedMeetingDraft draft, MeetingAudience audience, CancellationToken cancellationToken)
    {
        var roster = (await _members.ListMembersAsync(cancellationToken)).Where(m => m.IsActive).ToList();
        var unknown = new List<string>();
        var ambiguous = new List<string>();
        var onLeave = Match(draft.OnLeave, roster, unknown, ambiguous);
        var attended = draft.EveryoneAttended
            ? [.. roster.Where(m => MeetingAudienceResolver.Includes(audience, m) && !onLeave.Contains(m))]
            : Match(draft.Attendees, roster, unknown, ambiguous);
        var hosts = Match(string.IsNullOrWhiteSpace(draft.Host) ? [] : [draft.Host], roster, unknown, ambiguous);
        if (unknown.Count > 0)
        {
            return new RecordedMeetingProblem.UnknownNames([.. unknown.Distinct(StringComparer.Ordinal)]);
        }

        if (ambiguous.Count > 0)
        {
            return new RecordedMeetingProblem.AmbiguousNames([.. ambiguous.Distinct(StringComparer.Ordinal)]);
        }

        var both = attended.Intersect(onLeave).Select(m => m.Name).ToList();
        if (both.Count > 0)
        {
            return new RecordedMeetingProblem.AttendedAndOnLeave(both);
        }

        return attended.Count == 0
            ? new RecordedMeetingProblem.NoAttendees()
            : Outcome<(Member?, IReadOnlyList<Member>, IReadOnlyList<Member>), RecordedMeetingProblem>.Ok((hosts.FirstOrDefault(), attended, onLeave));
    }

    /// <summary>Members by id or name, in the order given, each once; what matches nobody or several is collected.</summary>
    private static List<Member> Match(IReadOnlyList<string> references, List<Member> roster, List<string> unknown, List<string> ambiguous)
    {
        var found = new List<Member>();
        foreach (var reference in references.Select(r => r.Trim()).Where(r => r.Length > 0))
        {
            var byId = roster.FirstOrDefault(m => m.Id == reference);
            var byName = roster.Where(m => m.Name == reference).ToList();
            var member = byId ?? (byName.Count == 1 ? byName[0] : null);
            if (member is not null)
            {
                if (!found.Contains(member))
                {
                    found.Add(member);
                }
            }
            else
            {
                (byName.Count > 1 ? ambiguous : unknown).Add(reference);
            }
        }

        return found;
    }

    private static Outcome<string?, MeetingProblem> Minutes(string? text)
    {
        var minutes = text?.Trim();
        if (string.IsNullOrEmpty(minutes))
        {
            return Outcome<string?, MeetingProblem>.Ok(null);
        }

        return MeetingFields.MinutesProblem(minutes) is { } problem ? problem : Outcome<string?, MeetingProblem>.Ok(minutes);
    }
}
