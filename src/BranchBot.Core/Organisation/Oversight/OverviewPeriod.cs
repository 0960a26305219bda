using BranchBot.Core.Meetings;

namespace BranchBot.Core.Organisation.Oversight;

/// <summary>
/// The month, quarter or year the overview is asked for, as a calendar period; each branch resolves it in its own
/// zone. <see cref="Number"/> is the month (1..12) or quarter (1..4), and 0 for a whole year.
/// </summary>
public sealed record OverviewPeriod
{
    private OverviewPeriod(CompliancePeriod length, int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, ComplianceService.FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, ComplianceService.LastYear);
        Length = length;
        Year = year;
        Number = number;
    }

    public CompliancePeriod Length { get; }

    public int Year { get; }

    public int Number { get; }

    public static OverviewPeriod Month(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new OverviewPeriod(CompliancePeriod.Month, year, month);
    }

    public static OverviewPeriod Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return new OverviewPeriod(CompliancePeriod.Quarter, year, quarter);
    }

    public static OverviewPeriod WholeYear(int year) => new(CompliancePeriod.Year, year, 0);

    /// <summary>本月, 本季度 or 今年 at <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static OverviewPeriod Containing(CompliancePeriod length, DateTimeOffset instant, TimeZoneInfo zone)
    {
        var span = CompliancePeriods.Containing(length, instant, zone);
        return new OverviewPeriod(length, span.Year, span.Number);
    }

    /// <summary>The period in a branch's zone.</summary>
    public PeriodSpan SpanIn(TimeZoneInfo zone) => Length switch
    {
        CompliancePeriod.Month => CompliancePeriods.Month(Year, Number, zone),
        CompliancePeriod.Quarter => CompliancePeriods.Quarter(Year, Number, zone),
        _ => CompliancePeriods.Year(Year, zone),
    };

    /// <summary>
    /// The periods of a rule shown for this period: the rule's periods inside it (the months of a quarter), or the
    /// one that contains it when the rule's period is as long or longer (this quarter's 党员大会 in a month's
    /// overview). For a quarter or a year these are exactly the periods of the branch's 台账 of that quarter or year.
    /// </summary>
    public IReadOnlyList<PeriodSpan> PeriodsOf(CompliancePeriod rulePeriod, TimeZoneInfo zone) =>
        rulePeriod >= Length
            ? [CompliancePeriods.Containing(rulePeriod, SpanIn(zone).Start, zone)]
            : CompliancePeriods.Overlapping(rulePeriod, Year, Length == CompliancePeriod.Quarter ? Number : null, zone);
}
