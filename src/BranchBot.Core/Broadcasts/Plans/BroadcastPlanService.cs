using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Time;

namespace BranchBot.Core.Broadcasts.Plans;

/// <summary>
/// 定期广播: plans that turn each occurrence into an ordinary 定时 broadcast through <see cref="BroadcastService"/>
/// up to <see cref="LeadTime"/> ahead, so the durable outbox delivers it at its time and it can be 撤回'd like any
/// other. Each occurrence is created exactly once: its broadcast carries the occurrence's key as
/// <see cref="Broadcast.SourceKey"/>, so a run repeated after a crash between creating the broadcast and saving the
/// plan gets the same broadcast back instead of a second one, and a crash before creating it loses nothing.
/// Occurrences already past — before the plan existed, or while the bot was down — are never sent late.
/// </summary>
public sealed class BroadcastPlanService(
    IBroadcastPlanStore store,
    BroadcastService broadcasts,
    IMembershipStore members,
    BranchClock clock,
    BroadcastPlanWriteLock writeLock,
    IBroadcastNotices notices)
{
    /// <summary>How far ahead occurrences become scheduled broadcasts: more than a day, so a daily run never misses one.</summary>
    public static readonly TimeSpan LeadTime = TimeSpan.FromHours(36);

    /// <summary>Who the next occurrence would reach now and when it falls, or why the plan cannot be made.</summary>
    public async Task<Outcome<BroadcastPlanPreview, BroadcastPlanProblem>> PreviewAsync(BroadcastPlanDraft draft, Member author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(author);
        if (!BroadcastService.MayBroadcast(author))
        {
            return new BroadcastPlanProblem.Broadcast(new BroadcastProblem.NotAllowed());
        }

        if (!BroadcastPlan.MayRecur(draft.Audience.Kind))
        {
            return new BroadcastPlanProblem.CannotRecur();
        }

        if (RecurrenceCalendar.Problem(draft.Recurrence) is not null)
        {
            return new BroadcastPlanProblem.ImpossibleRecurrence(draft.Recurrence);
        }

        var preview = await broadcasts.PreviewAsync(new BroadcastDraft(draft.Text, draft.Audience, draft.RequiresAcknowledgement), author, cancellationToken);
        if (!preview.Succeeded)
        {
            return new BroadcastPlanProblem.Broadcast(preview.Problem!);
        }

        var next = RecurrenceCalendar.NextOccurrences(draft.Recurrence, clock.UtcNow, clock.Zone).First();
        return Outcome<BroadcastPlanPreview, BroadcastPlanProblem>.Ok(new BroadcastPlanPreview(preview.Value!, next));
    }

    /// <summary>
    /// Numbers and saves the plan, then at once creates the occurrences due within the lead time (an occurrence in
    /// two hours must not wait for the next daily run). Occurrences already past are skipped.
    /// </summary>
    public async Task<Outcome<BroadcastPlanCreated, BroadcastPlanProblem>> CreateAsync(BroadcastPlanDraft draft, Member author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (await MadeFromAsync(draft, cancellationToken) is { } made)
        {
            return Outcome<BroadcastPlanCreated, BroadcastPlanProblem>.Ok(new BroadcastPlanCreated(made, [], NextOf(made), MadeBefore: true));
        }

        var preview = await PreviewAsync(draft, author, cancellationToken);
        if (!preview.Succeeded)
        {
            return preview.Problem!;
        }

        if (preview.Value!.Recipients.Recipients.Count == 0)
        {
            return new BroadcastPlanProblem.Broadcast(new BroadcastProblem.EmptyAudience(preview.Value.Recipients.AudienceLabel));
        }

        var audience = draft.Audience.Kind == BroadcastAudienceKind.Group
            ? BroadcastAudience.Group(preview.Value.Recipients.AudienceLabel)
            : draft.Audience;
        var (plan, madeBefore) = await writeLock.RunAsync(async () =>
        {
            if (await MadeFromAsync(draft, cancellationToken) is { } existing)
            {
                return (existing, true);
            }

            var created = new BroadcastPlan
            {
                Id = draft.Id ?? BroadcastPlan.NewId(),
                Number = await store.LastNumberAsync(cancellationToken) + 1,
                Text = draft.Text.Trim(),
                Audience = audience,
                RequiresAcknowledgement = draft.RequiresAcknowledgement,
                Recurrence = draft.Recurrence,
                CreatedBy = author.Id,
                CreatedAt = clock.UtcNow,
            };
            await store.SaveAsync(created, cancellationToken);
            return (created, false);
        }, cancellationToken);
        if (madeBefore)
        {
            return Outcome<BroadcastPlanCreated, BroadcastPlanProblem>.Ok(new BroadcastPlanCreated(plan, [], NextOf(plan), MadeBefore: true));
        }

        var run = await CreateDueOccurrencesAsync(clock.UtcNow, cancellationToken);
        var saved = await store.GetAsync(plan.Number, cancellationToken) ?? plan;
        return Outcome<BroadcastPlanCreated, BroadcastPlanProblem>.Ok(new BroadcastPlanCreated(
            saved, [.. run.Scheduled.Where(o => o.PlanNumber == saved.Number).Select(o => o.Broadcast)], NextOf(saved)));
    }

    /// <summary>Running plans by number, then stopped ones, latest stopped first.</summary>
    public async Task<IReadOnlyList<BroadcastPlanSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var summaries = new List<BroadcastPlanSummary>();
        var plans = await store.ListAsync(cancellationToken);
        foreach (var plan in plans.Where(p => p.IsActive).OrderBy(p => p.Number).Concat(plans.Where(p => !p.IsActive).OrderByDescending(p => p.StoppedAt)))
        {
            var author = await members.GetMemberAsync(plan.CreatedBy, cancellationToken);
            summaries.Add(new BroadcastPlanSummary(plan, author?.Name ?? notices.RemovedMemberName, notices.AudienceLabel(plan.Audience), NextOf(plan)));
        }

        return summaries;
    }

    /// <summary>
    /// Stops a plan: no further occurrences. Broadcasts it already scheduled stay, to be 撤回'd one by one.
    /// Only its author, the 书记 and the 副书记 may.
    /// </summary>
    public Task<Outcome<BroadcastPlan, BroadcastPlanProblem>> StopAsync(int number, Member actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return writeLock.RunAsync<Outcome<BroadcastPlan, BroadcastPlanProblem>>(async () =>
        {
            var plan = await store.GetAsync(number, cancellationToken);
            if (plan is null)
            {
                return new BroadcastPlanProblem.NotFound(number);
            }

            if (!(actor.IsActive && (actor.Id == plan.CreatedBy || actor.Role is MemberRole.Secretary or MemberRole.DeputySecretary)))
            {
                return new BroadcastPlanProblem.NotAllowedToStop();
            }

            if (!plan.IsActive)
            {
                return new BroadcastPlanProblem.AlreadyStopped(number);
            }

            var stopped = plan with { StoppedAt = clock.UtcNow, StoppedBy = actor.Id };
            await store.SaveAsync(stopped, cancellationToken);
            return Outcome<BroadcastPlan, BroadcastPlanProblem>.Ok(stopped);
        }, cancellationToken);
    }

    /// <summary>
    /// Turns every running plan's occurrences after its last one (or its creation) and up to
    /// <paramref name="now"/> + <see cref="LeadTime"/> into scheduled broadcasts. A plan whose author is no longer an
    /// active committee member stops itself instead, saying why.
    /// </summary>
    public Task<BroadcastPlanRun> CreateDueOccurrencesAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        writeLock.RunAsync(async () =>
        {
            var scheduled = new List<BroadcastPlanOccurrence>();
            var stopped = new List<BroadcastPlan>();
            var skipped = 0;
            foreach (var plan in (await store.ListAsync(cancellationToken)).Where(p => p.IsActive))
            {
                var author = await members.GetMemberAsync(plan.CreatedBy, cancellationToken);
                if (author is null || !BroadcastService.MayBroadcast(author))
                {
                    var stop = plan with { StoppedAt = now, StopReason = AuthorGoneReason(author) };
                    await store.SaveAsync(stop, cancellationToken);
                    stopped.Add(stop);
                    continue;
                }

                var current = plan;
                foreach (var occurrence in DueOccurrences(plan, now))
                {
                    var (broadcast, problem) = await CreateOccurrenceAsync(current, occurrence, author, cancellationToken);
                    if (broadcast is not null)
                    {
                        scheduled.Add(new BroadcastPlanOccurrence(plan.Number, occurrence, broadcast));
                    }
                    else
                    {
                        skipped++;
                    }

                    current = current with { LastOccurrence = occurrence, LastProblem = problem };
                    await store.SaveAsync(current, cancellationToken);
                }
            }

            return new BroadcastPlanRun(scheduled, skipped, stopped);
        }, cancellationToken);

    /// <summary>The occurrences to create now: after the last one (or creation) and after now, within the lead time.</summary>
    private IEnumerable<DateTimeOffset> DueOccurrences(BroadcastPlan plan, DateTimeOffset now)
    {
        var last = plan.LastOccurrence ?? plan.CreatedAt;
        var after = last > now ? last : now;
        return RecurrenceCalendar.NextOccurrences(plan.Recurrence, after, clock.Zone).TakeWhile(at => at <= now + LeadTime);
    }

    /// <summary>The broadcast of one occurrence (made now, or by a run that stopped before saving the plan), or why there is none.</summary>
    private async Task<(Broadcast? Broadcast, SkippedOccurrence? Problem)> CreateOccurrenceAsync(
        BroadcastPlan plan, DateTimeOffset occurrence, Member author, CancellationToken cancellationToken)
    {
        var sent = await broadcasts.SendAsync(
            new BroadcastDraft(plan.Text, plan.Audience, plan.RequiresAcknowledgement, ScheduledAt: occurrence, SourceKey: plan.OccurrenceKey(occurrence)),
            author, cancellationToken);
        return sent.Succeeded
            ? (sent.Value!.Broadcast, null)
            : (null, new SkippedOccurrence.Refused(occurrence, sent.Problem!));
    }

    /// <summary>The plan made from the draft's id before (a repeated 确认), if any.</summary>
    private async Task<BroadcastPlan?> MadeFromAsync(BroadcastPlanDraft draft, CancellationToken cancellationToken) =>
        draft.Id is { } id ? (await store.ListAsync(cancellationToken)).FirstOrDefault(p => p.Id == id) : null;

    private DateTimeOffset? NextOf(BroadcastPlan plan) =>
        plan.IsActive ? RecurrenceCalendar.NextOccurrences(plan.Recurrence, clock.UtcNow, clock.Zone).First() : null;

    private static BroadcastPlanStopReason AuthorGoneReason(Member? author) => author is { IsActive: true }
        ? new BroadcastPlanStopReason.AuthorNotCommittee(author.Name)
        : new BroadcastPlanStopReason.AuthorLeft();
}
