using BranchBot.Core.Meetings;

namespace BranchBot.Core.Organisation.Oversight;

/// <summary>
/// The branches still missing a required meeting in a period about to close: exactly what each branch's secretary is
/// nudged about now (<see cref="ComplianceService.DueNudgesAsync"/>: the period contains now, ends within the
/// branch's nudge window, too few meetings held or planned), gathered per period across the overseen branches.
/// </summary>
public sealed class BranchesMissingMeetings(OverseenBranches overseen)
{
    /// <summary>One entry per period with at least one branch missing a meeting, shortest periods first.</summary>
    public async Task<IReadOnlyList<PeriodShortfall>> DueAsync(IReadOnlyCollection<string> unitIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var shortfalls = new List<(OverseenBranch Branch, ComplianceNudge Nudge)>();
        foreach (var branch in await overseen.UnderAsync(unitIds, cancellationToken))
        {
            foreach (var nudge in await branch.Services.Compliance.DueNudgesAsync(now, cancellationToken))
            {
                shortfalls.Add((branch, nudge));
            }
        }

        return [.. shortfalls
            .GroupBy(s => (s.Nudge.Period.Period, s.Nudge.Period.Key))
            .OrderBy(g => g.Key.Period)
            .ThenBy(g => g.Key.Key, StringComparer.Ordinal)
            .Select(g => new PeriodShortfall(
                g.First().Nudge.Period,
                [.. g.OrderBy(s => s.Nudge.Kind).ThenBy(s => s.Branch.Path, StringComparer.Ordinal).ThenBy(s => s.Nudge.GroupName, StringComparer.Ordinal)
                    .Select(s => new BranchShortfall(s.Branch.Id, s.Branch.Name, s.Branch.Path, s.Nudge))]))];
    }
}

/// <summary>A period about to close (as the first branch's zone reads it) and every branch's missing meetings in it.</summary>
public sealed record PeriodShortfall(PeriodSpan Period, IReadOnlyList<BranchShortfall> Branches)
{
    /// <summary>The sent marker (and outbox batch) of the summary for this period in the organisation under <paramref name="rootId"/>.</summary>
    public string KeyIn(string rootId) => $"compliance-summary:{rootId}:{Period.Period}:{Period.Key}";
}

/// <summary>One branch's shortfall of one rule (and 党小组) in the period.</summary>
public sealed record BranchShortfall(string BranchId, string Name, string Path, ComplianceNudge Nudge);
