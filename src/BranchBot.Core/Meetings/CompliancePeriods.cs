using System.Globalization;

namespace BranchBot.Core.Meetings;

/// <summary>
/// One month, quarter or year in the branch's zone: [<see cref="Start"/>, <see cref="End"/>). <see cref="Number"/> is
/// the month (1..12) or the quarter (1..4) within <see cref="Year"/>, and 0 for a whole year; front ends word it.
/// </summary>
public sealed record PeriodSpan(CompliancePeriod Period, DateTimeOffset Start, DateTimeOffset End, string Key, int Year, int Number)
{
    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;
}

/// <summary>Calendar months, quarters and years as seen in the branch's zone (a meeting counts where its local start falls).</summary>
public static class CompliancePeriods
{
    /// <summary>The period of the given length that contains <paramref name="instant"/>.</summary>
    public static PeriodSpan Containing(CompliancePeriod period, DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return period switch
        {
            CompliancePeriod.Month => Month(local.Year, local.Month, zone),
            CompliancePeriod.Quarter => Quarter(local.Year, ((local.Month - 1) / 3) + 1, zone),
            _ => Year(local.Year, zone),
        };
    }

    /// <summary>
    /// The periods of the given length overlapping a year, or one quarter of it: the months of the quarter, the
    /// quarter itself, or the whole year.
    /// </summary>
    public static IReadOnlyList<PeriodSpan> Overlapping(CompliancePeriod period, int year, int? quarter, TimeZoneInfo zone)
    {
        var firstMonth = quarter is { } q ? ((q - 1) * 3) + 1 : 1;
        var lastMonth = quarter is not null ? firstMonth + 2 : 12;
        return period switch
        {
            CompliancePeriod.Month => [.. Enumerable.Range(firstMonth, lastMonth - firstMonth + 1).Select(m => Month(year, m, zone))],
            CompliancePeriod.Quarter => [.. Enumerable.Range(1, 4)
                .Where(q => quarter is null || q == quarter)
                .Select(q => Quarter(year, q, zone))],
            _ => [Year(year, zone)],
        };
    }

    /// <summary>November 2026, key "2026-11".</summary>
    public static PeriodSpan Month(int year, int month, TimeZoneInfo zone)
    {
        var start = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return new PeriodSpan(
            CompliancePeriod.Month, ZonedTime.ToInstant(start, zone), ZonedTime.ToInstant(start.AddMonths(1), zone),
            string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00}"), year, month);
    }

    /// <summary>The fourth quarter of 2026, key "2026-Q4".</summary>
    public static PeriodSpan Quarter(int year, int quarter, TimeZoneInfo zone)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var start = new DateTime(year, ((quarter - 1) * 3) + 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return new PeriodSpan(
            CompliancePeriod.Quarter, ZonedTime.ToInstant(start, zone), ZonedTime.ToInstant(start.AddMonths(3), zone),
            string.Create(CultureInfo.InvariantCulture, $"{year}-Q{quarter}"), year, quarter);
    }

    /// <summary>The year 2026, key "2026".</summary>
    public static PeriodSpan Year(int year, TimeZoneInfo zone)
    {
        var start = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return new PeriodSpan(
            CompliancePeriod.Year, ZonedTime.ToInstant(start, zone), ZonedTime.ToInstant(start.AddYears(1), zone),
            year.ToString(CultureInfo.InvariantCulture), year, 0);
    }
}
