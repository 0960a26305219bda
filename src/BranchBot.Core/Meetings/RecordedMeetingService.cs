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
    public const string NotAllowedProblem = "只有书记、副书记和支委可以补录会议。";

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
    public async Task<Outcome<RecordedMeeting>> RecordAsync(RecordedMeetingDraft draft, Member actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        if (!MayRecord(actor))
        {
            return NotAllowedProblem;
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
            return problem;
        }

        var audience = await _arrangement.ResolveAudienceAsync(draft.Kind, null, draft.Group, actor, cancellationToken);
        if (!audience.Succeeded)
        {
            return audience.Problem!;
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
        return await _writeLock.RunAsync<Outcome<RecordedMeeting>>(async () =>
        {
            if (await DuplicateOfAsync(meeting, cancellationToken) is { } existing)
            {
                return $"{MeetingTimeText.Describe(existing, _clock.Zone)}已经有记录了，不需要重复补录。";
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
                        MeetingId = meeting.Id, MemberId = member.Id, Status = AttendanceStatus.LeaveApproved, LeaveReason = "补录时登记为请假",
                        At = meeting.StartsAt, DecidedBy = actor.Id, DecidedAt = now,
                    },
                    cancellationToken);
            }

            return Outcome<RecordedMeeting>.Ok(new RecordedMeeting(meeting, attended, onLeave));
        }, cancellationToken);
    }

    /// <summary>Why this start cannot be recorded, or null: it must be past and not before last year.</summary>
    public string? TimeProblem(DateTimeOffset start, DateTimeOffset now)
    {
        if (start > now)
        {
            return $"{MeetingTimeText.DateAndTime(start, _clock.Zone)} 还没有到。补录只用于已经召开的会议；将来的会议请用「安排」。";
        }

        return start < EarliestStart
            ? $"补录只能记录{TimeZoneInfo.ConvertTime(EarliestStart, _clock.Zone).Year}年1月1日以来召开的会议。"
            : null;
    }

    private async Task<Meeting?> DuplicateOfAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var sameStart = await _store.ListStartingBetweenAsync(meeting.StartsAt, meeting.StartsAt.AddMinutes(1), cancellationToken);
        return sameStart.FirstOrDefault(m => !m.IsCancelled && m.Kind == meeting.Kind && m.Audience == meeting.Audience);
    }

    private async Task<Outcome<(Member? Host, IReadOnlyList<Member> Attended, IReadOnlyList<Member> OnLeave)>> ResolvePeopleAsync(
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
            return $"名册中找不到：{string.Join("、", unknown.Distinct(StringComparer.Ordinal))}。请核对姓名（须与名册一致），或先把他们加入名册。";
        }

        if (ambiguous.Count > 0)
        {
            return $"名册中有不止一位{string.Join("、", ambiguous.Distinct(StringComparer.Ordinal))}，请在控制台中勾选具体的人。";
        }

        var both = attended.Intersect(onLeave).Select(m => m.Name).ToList();
        if (both.Count > 0)
        {
            return $"{string.Join("、", both)}不能既出席又请假，请改正。";
        }

        return attended.Count == 0
            ? "请至少写出一位出席的同志，或者选择「全体出席」。"
            : Outcome<(Member?, IReadOnlyList<Member>, IReadOnlyList<Member>)>.Ok((hosts.FirstOrDefault(), attended, onLeave));
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

    private static Outcome<string?> Minutes(string? text)
    {
        var minutes = text?.Trim();
        if (string.IsNullOrEmpty(minutes))
        {
            return Outcome<string?>.Ok(null);
        }

        return MeetingFields.MinutesProblem(minutes) is { } problem ? problem : Outcome<string?>.Ok(minutes);
    }
}
