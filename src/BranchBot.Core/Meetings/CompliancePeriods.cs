using System.Globalization;

namespace BranchBot.Core.Meetings;

/// <summary>One month, quarter or year in the branch's zone: [<see cref="Start"/>, <see cref="End"/>).</summary>
public sealed record PeriodSpan(CompliancePeriod Period, DateTimeOffset Start, DateTimeOffset End, string Key, string Label)
{
    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;
}

/// <summary>Calendar months, quarters and years as seen in the branch's zone (a meeting counts where its local start falls).</summary>
public static class CompliancePeriods
{
    private static readonly string[] QuarterNames = ["一", "二", "三", "四"];

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

    /// <summary>"2026年11月", key "2026-11".</summary>
    public static PeriodSpan Month(int year, int month, TimeZoneInfo zone)
    {
        var start = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return new PeriodSpan(
            CompliancePeriod.Month, ZonedTime.ToInstant(start, zone), ZonedTime.ToInstant(start.AddMonths(1), zone),
            string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00}"), string.Create(CultureInfo.InvariantCulture, $"{year}年{month}月"));
    }

    /// <summary>"2026年第四季度", key "2026-Q4".</summary>
    public static PeriodSpan Quarter(int year, int quarter, TimeZoneInfo zone)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var start = new DateTime(year, ((quarter - 1) * 3) + 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return new PeriodSpan(
            CompliancePeriod.Quarter, ZonedTime.ToInstant(start, zone), ZonedTime.ToInstant(start.AddMonths(3), zone),
            string.Create(CultureInfo.InvariantCulture, $"{year}-Q{quarter}"), QuarterLabel(year, quarter));
    }

    /// <summary>"2026年第四季度".</summary>
    public static string QuarterLabel(int year, int quarter) =>
        string.Create(CultureInfo.InvariantCulture, $"{year}年第{QuarterNames[quarter - 1]}季度");

    /// <summary>"2026年", key "2026".</summary>
    public static PeriodSpan Year(int year, TimeZoneInfo zone)
    {
        var start = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return new PeriodSpan(
            CompliancePeriod.Year, ZonedTime.ToInstant(start, zone), ZonedTime.ToInstant(start.AddYears(1), zone),
            year.ToString(CultureInfo.InvariantCulture), string.Create(CultureInfo.InvariantCulture, $"{year}年"));
    }

    /// <summary>"每月", "每季度", "每年".</summary>
    public static string EveryText(CompliancePeriod period) => period switch
    {
        CompliancePeriod.Month => "每月",
        CompliancePeriod.Quarter => "每季度",
        _ => "每年",
    };
}
