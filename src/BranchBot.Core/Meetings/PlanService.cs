using BranchBot.Core.Membership;
using BranchBot.Core.Time;
using Microsoft.Extensions.Options;

namespace BranchBot.Core.Meetings;

/// <summary>
/// Recurring plans: each creates its meetings up to MeetingOptions.PlanHorizonDays ahead, once each (the plan
/// remembers its last occurrence). Occurrences missed while the bot was down are not created in the past.
/// </summary>
public sealed class PlanService
{
    private readonly IMeetingStore _store;
    private readonly BranchClock _clock;
    private readonly MeetingOptions _options;
    private readonly MeetingWriteLock _writeLock;
    private readonly MeetingChangeNotifier _notifier;
    private readonly MeetingArrangement _arrangement;

    public PlanService(
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

    /// <summary>See <see cref="RecurrenceCalendar.NextOccurrences"/>.</summary>
    public static IEnumerable<DateTimeOffset> NextOccurrences(Recurrence recurrence, DateTimeOffset after, TimeZoneInfo zone) =>
        RecurrenceCalendar.NextOccurrences(recurrence, after, zone);

    /// <summary>The next <paramref name="count"/> starts of a recurrence after now, for the confirmation summary.</summary>
    public IReadOnlyList<DateTimeOffset> PreviewOccurrences(Recurrence recurrence, int count) =>
        RecurrenceCalendar.Check(recurrence) is null ? [.. NextOccurrences(recurrence, _clock.UtcNow, _clock.Zone).Take(count)] : [];

    /// <summary>Saves the plan and creates its occurrences within the horizon at once.</summary>
    public async Task<Outcome<PlanCreated, MeetingProblem>> CreatePlanAsync(PlanDraft draft, Member creator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(creator);
        if (await MadeFromAsync(draft, cancellationToken) is { } made)
        {
            return Outcome<PlanCreated, MeetingProblem>.Ok(new PlanCreated(made, [], MadeBefore: true));
        }

        var duration = draft.Duration ?? _options.DefaultDuration;
        var place = MeetingFields.Place(draft.Place);
        var topic = MeetingFields.Topic(draft.Topic);
        var problem = (RecurrenceCalendar.Check(draft.Recurrence) is { } impossible ? new MeetingProblem.Impossible(impossible) : null)
            ?? (duration <= TimeSpan.Zero || duration > MeetingFields.LongestMeeting ? new MeetingProblem.PlanDurationOutOfRange() : null)
            ?? place.Problem ?? topic.Problem;
        if (problem is not null)
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

        var now = _clock.UtcNow;
        var plan = new MeetingPlan
        {
            Id = draft.Id ?? MeetingPlan.NewId(),
            Kind = draft.Kind,
            Recurrence = draft.Recurrence,
            Duration = duration,
            Place = place.Value,
            Topic = topic.Value,
            Audience = audience.Value!,
            CreatedBy = creator.Id,
            CreatedAt = now,
        };
        var created = await _writeLock.RunAsync(async () =>
        {
            if (await MadeFromAsync(draft, cancellationToken) is { } existing)
            {
                return new PlanCreated(existing, [], MadeBefore: true);
            }

            var (advanced, occurrences) = Occurrences(plan, now);
            await _store.SaveManyAsync(occurrences, cancellationToken);
            await _store.SavePlanAsync(advanced, cancellationToken);
            return new PlanCreated(advanced, occurrences);
        }, cancellationToken);
        await _notifier.NotifyAsync(created.Occurrences, cancellationToken);
        return Outcome<PlanCreated, MeetingProblem>.Ok(created);
    }

    /// <summary>The plan made from the draft's id before (a repeated 确认), if any.</summary>
    private async Task<MeetingPlan?> MadeFromAsync(PlanDraft draft, CancellationToken cancellationToken) =>
        draft.Id is { } id ? (await _store.ListPlansAsync(cancellationToken)).FirstOrDefault(p => p.Id == id) : null;

    /// <summary>Stops a plan: no further occurrences. Meetings it already created stay (cancel them one by one).</summary>
    public Task<Outcome<MeetingPlan, MeetingProblem>> StopPlanAsync(string planId, Member actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _writeLock.RunAsync<Outcome<MeetingPlan, MeetingProblem>>(async () =>
        {
            var plan = (await _store.ListPlansAsync(cancellationToken)).FirstOrDefault(p => p.Id == planId?.Trim());
            if (plan is null || plan.StoppedAt is not null)
            {
                return plan is null ? new MeetingProblem.PlanNotFound() : new MeetingProblem.PlanAlreadyStopped();
            }

            if (!MeetingArrangement.MayArrange(actor, plan.Kind, plan.Audience))
            {
                return new MeetingProblem.NotAllowed();
            }

            var stopped = plan with { StoppedAt = _clock.UtcNow };
            await _store.SavePlanAsync(stopped, cancellationToken);
            return Outcome<MeetingPlan, MeetingProblem>.Ok(stopped);
        }, cancellationToken);
    }

    /// <summary>Plans still running, oldest first.</summary>
    public async Task<IReadOnlyList<MeetingPlan>> ListPlansAsync(CancellationToken cancellationToken)
    {
        var plans = await _store.ListPlansAsync(cancellationToken);
        return [.. plans.Where(p => p.StoppedAt is null).OrderBy(p => p.CreatedAt)];
    }

    /// <summary>
    /// Creates every running plan's meetings that start within the horizon after <paramref name="now"/> and were
    /// not created before; tells the listeners and returns them so the scheduler can announce them.
    /// </summary>
    public async Task<IReadOnlyList<Meeting>> CreateDueOccurrencesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var created = await _writeLock.RunAsync(async () =>
        {
            var all = new List<Meeting>();
            foreach (var plan in await ListPlansAsync(cancellationToken))
            {
                var (advanced, occurrences) = Occurrences(plan, now);
                if (occurrences.Count == 0)
                {
                    continue;
                }

                await _store.SaveManyAsync(occurrences, cancellationToken);
                await _store.SavePlanAsync(advanced, cancellationToken);
                all.AddRange(occurrences);
            }

            return all;
        }, cancellationToken);
        await _notifier.NotifyAsync(created, cancellationToken);
        return created;
    }

    private (MeetingPlan Advanced, IReadOnlyList<Meeting> Occurrences) Occurrences(MeetingPlan plan, DateTimeOffset now)
    {
        var after = plan.LastOccurrenceStart is { } last && last > now ? last : now;
        var horizon = now.AddDays(_options.PlanHorizonDays);
        var meetings = NextOccurrences(plan.Recurrence, after, _clock.Zone)
            .TakeWhile(start => start <= horizon)
            .Select(start => new Meeting
            {
                Id = Meeting.NewId(),
                Kind = plan.Kind,
                StartsAt = start,
                EndsAt = start + plan.Duration,
                Place = plan.Place,
                Topic = plan.Topic,
                Audience = plan.Audience,
                HostMemberId = plan.CreatedBy,
                PlanId = plan.Id,
                CreatedBy = plan.CreatedBy,
                CreatedAt = now,
            })
            .ToList();
        return meetings.Count == 0 ? (plan, meetings) : (plan with { LastOccurrenceStart = meetings[^1].StartsAt }, meetings);
    }
}
