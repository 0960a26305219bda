using BranchBot.Core.Membership;
using BranchBot.Core.Time;

namespace BranchBot.Core.Talks;

/// <summary>谈心安排: plans and stores the year's remaining talks, and tells each side whom to talk with and by when.</summary>
public sealed class TalkPlanService(ITalkStore store, IMembershipStore members, TalkCoverageService coverage, BranchClock clock, TalkWriteLock writeLock)
{
    /// <summary>Plans the current year's missing talks from today to 31 December, replacing an earlier plan; the secretary only.</summary>
    public Task<Outcome<TalkPlanResult, TalkProblem>> PlanAsync(Member planner, CancellationToken cancellationToken) => PlanAsync(planner, null, cancellationToken);

    /// <summary>
    /// Plans as above; <paramref name="planKey"/>, issued with the preview a person confirms, is kept on the
    /// assignments, and planning again with it returns the stored plan instead of planning anew (a repeated 确认).
    /// </summary>
    public async Task<Outcome<TalkPlanResult, TalkProblem>> PlanAsync(Member planner, string? planKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(planner);
        if (!TalkAccess.IsSecretary(await TalkAccess.CurrentAsync(members, planner, cancellationToken)))
        {
            return new TalkProblem.PlanSecretaryOnly();
        }

        return await writeLock.RunAsync<Outcome<TalkPlanResult, TalkProblem>>(async () =>
        {
            var year = coverage.CurrentYear;
            var current = await coverage.CoverageAsync(year, cancellationToken);
            var stored = planKey is null ? [] : await store.ListAssignmentsAsync(year, cancellationToken);
            if (stored.Count > 0 && stored.All(a => a.PlanKey == planKey))
            {
                var everyone = (await members.ListMembersAsync(cancellationToken)).ToDictionary(m => m.Id, StringComparer.Ordinal);
                var made = stored.Where(a => everyone.ContainsKey(a.FirstId) && everyone.ContainsKey(a.SecondId))
                    .Select(a => new PlannedPairView(a, everyone[a.FirstId], everyone[a.SecondId])).ToList();
                return Outcome<TalkPlanResult, TalkProblem>.Ok(new TalkPlanResult(current, made, stored.Max(a => a.Round), MadeBefore: true));
            }

            if (current.IsComplete)
            {
                return new TalkProblem.AllTalksDone(year);
            }

            var active = (await members.ListMembersAsync(cancellationToken)).Where(m => m.IsActive).ToList();
            var plan = TalkPairingPlanner.Plan([.. current.Uncovered.Select(u => u.Pair)], active, TalkAccess.Today(clock), new DateOnly(year, 12, 31));
            var assignments = plan.Talks.Select(talk => new TalkAssignment
            {
                Id = TalkAssignment.NewId(),
                Year = year,
                FirstId = talk.Pair.FirstId,
                SecondId = talk.Pair.SecondId,
                Type = talk.Pair.Type,
                Round = talk.Round,
                DueDate = talk.DueDate,
                PlannedBy = planner.Id,
                CreatedAt = clock.UtcNow,
                PlanKey = planKey,
            }).ToList();
            await store.ReplaceAssignmentsAsync(year, assignments, cancellationToken);

            var byId = active.ToDictionary(m => m.Id, StringComparer.Ordinal);
            var views = assignments.Select(a => new PlannedPairView(a, byId[a.FirstId], byId[a.SecondId])).ToList();
            return Outcome<TalkPlanResult, TalkProblem>.Ok(new TalkPlanResult(current, views, plan.Rounds));
        }, cancellationToken);
    }

    /// <summary>The member's assignments this year, open ones first by due date.</summary>
    public async Task<IReadOnlyList<TalkAssignmentView>> ListForMemberAsync(Member member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var year = coverage.CurrentYear;
        var talked = await TalkedKeysAsync(year, cancellationToken);
        var today = TalkAccess.Today(clock);
        var views = new List<TalkAssignmentView>();
        foreach (var assignment in (await store.ListAssignmentsAsync(year, cancellationToken)).Where(a => a.Involves(member.Id)))
        {
            if (await members.GetMemberAsync(assignment.Pair.PartnerOf(member.Id), cancellationToken) is { IsActive: true } partner)
            {
                var done = talked.Contains(assignment.Pair.Key);
                views.Add(new TalkAssignmentView(assignment, member, partner, done, Overdue: !done && assignment.DueDate < today));
            }
        }

        return [.. views.OrderBy(v => v.Done).ThenBy(v => v.Assignment.DueDate).ThenBy(v => v.Partner, MemberOrder.Instance)];
    }

    /// <summary>This year's assignments past their due date with no talk recorded yet, for the nudges.</summary>
    public async Task<IReadOnlyList<PlannedPairView>> ListOverdueAsync(CancellationToken cancellationToken)
    {
        var year = coverage.CurrentYear;
        var talked = await TalkedKeysAsync(year, cancellationToken);
        var today = TalkAccess.Today(clock);
        var overdue = new List<PlannedPairView>();
        foreach (var assignment in await store.ListAssignmentsAsync(year, cancellationToken))
        {
            if (assignment.DueDate >= today || talked.Contains(assignment.Pair.Key))
            {
                continue;
            }

            var first = await members.GetMemberAsync(assignment.FirstId, cancellationToken);
            var second = await members.GetMemberAsync(assignment.SecondId, cancellationToken);
            if (first is { IsActive: true } && second is { IsActive: true })
            {
                overdue.Add(new PlannedPairView(assignment, first, second));
            }
        }

        return overdue;
    }

    private async Task<HashSet<string>> TalkedKeysAsync(int year, CancellationToken cancellationToken)
    {
        var records = await store.ListBetweenAsync(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), cancellationToken);
        return records.Select(r => TalkPair.KeyOf(r.AuthorId, r.OtherId)).ToHashSet(StringComparer.Ordinal);
    }
}
