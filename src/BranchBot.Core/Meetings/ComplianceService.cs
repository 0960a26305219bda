using BranchBot.Core.Membership;
using BranchBot.Core.Time;
using Microsoft.Extensions.Options;

namespace BranchBot.Core.Meetings;

/// <summary>
/// Whether each month, quarter and year got the meetings the rules require (the 台账), and which current periods
/// are about to end short (nudges to the secretary). It loads the branch's year and leaves the counting to
/// <see cref="ComplianceCalculator"/>.
/// </summary>
public sealed class ComplianceService(
    IMeetingStore store, IMembershipStore members, BranchClock clock, IOptions<ComplianceOptions> options)
{
    /// <summary>The first year a 台账 can be asked for.</summary>
    public const int FirstYear = 2000;

    /// <summary>The last year a 台账 can be asked for.</summary>
    public const int LastYear = 2200;

    /// <summary>The 台账 of a year, or of one quarter of it (quarter 1..4).</summary>
    public async Task<Outcome<ComplianceLedger, ComplianceProblem>> LedgerAsync(int year, int? quarter, CancellationToken cancellationToken)
    {
        if (year is < FirstYear or > LastYear)
        {
            return new ComplianceProblem.YearOutOfRange(year);
        }

        if (quarter is { } asked and (< 1 or > 4))
        {
            return new ComplianceProblem.QuarterOutOfRange(asked);
        }

        var calculator = new ComplianceCalculator(await InputsAsync(year, cancellationToken));
        return Outcome<ComplianceLedger, ComplianceProblem>.Ok(new ComplianceLedger(year, quarter, calculator.Ledger(year, quarter, clock.UtcNow)));
    }

    /// <summary>
    /// The rules whose current period ends within ComplianceOptions.NudgeDaysBefore days of <paramref name="now"/>
    /// and still lacks meetings (held and planned together fewer than required).
    /// </summary>
    public async Task<IReadOnlyList<ComplianceNudge>> DueNudgesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var year = CompliancePeriods.Containing(CompliancePeriod.Year, now, clock.Zone).Year;
        return new ComplianceCalculator(await InputsAsync(year, cancellationToken)).DueNudges(now);
    }

    /// <summary>The branch's rules, settings, meetings of <paramref name="year"/> (in its zone) and 党小组.</summary>
    public async Task<ComplianceInputs> InputsAsync(int year, CancellationToken cancellationToken)
    {
        var span = CompliancePeriods.Year(year, clock.Zone);
        var committee = await members.ListCommitteeAsync(cancellationToken);
        return new ComplianceInputs(
            options.Value.EffectiveRules,
            TimeSpan.FromDays(options.Value.NudgeDaysBefore),
            clock.Zone,
            await store.ListStartingBetweenAsync(span.Start, span.End, cancellationToken),
            await members.ListGroupsAsync(cancellationToken),
            committee.Any(m => m.Role is MemberRole.DeputySecretary or MemberRole.Committee),
            (await members.GetBranchAsync(cancellationToken))?.ClaimedAt);
    }
}
