using System.Globalization;
using System.Text.RegularExpressions;
using BranchBot.Core.Meetings;
using BranchBot.Core.Organisation.Oversight;
using BranchBot.Dialogs.Organisation;

namespace BranchBot.WebConsole.Pages.Organisation;

/// <summary>
/// The period of /console/org as a query value ("2026-11", "2026-Q4", "2026"), and the choices of its select:
/// the last three months, the quarters of this year and last, and both years.
/// </summary>
internal static partial class OverviewPeriodKeys
{
    public static string KeyOf(OverviewPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Length switch
        {
            CompliancePeriod.Month => string.Create(CultureInfo.InvariantCulture, $"{period.Year}-{period.Number:00}"),
            CompliancePeriod.Quarter => string.Create(CultureInfo.InvariantCulture, $"{period.Year}-Q{period.Number}"),
            _ => period.Year.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The period a key names; null for anything else (a year out of range, month 13).</summary>
    public static OverviewPeriod? Parse(string? key)
    {
        var match = Key().Match(key ?? string.Empty);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < ComplianceService.FirstYear or > ComplianceService.LastYear)
        {
            return null;
        }

        if (match.Groups["month"].Success)
        {
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            return month is >= 1 and <= 12 ? OverviewPeriod.Month(year, month) : null;
        }

        return match.Groups["quarter"].Success
            ? OverviewPeriod.Quarter(year, int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture))
            : OverviewPeriod.WholeYear(year);
    }

    /// <summary>The select's options around <paramref name="localNow"/>, newest first, each with its Chinese title.</summary>
    public static IReadOnlyList<(string Key, string Title)> Choices(DateTimeOffset localNow)
    {
        var periods = new List<OverviewPeriod>();
        for (var back = 0; back < 3; back++)
        {
            var month = localNow.AddMonths(-back);
            periods.Add(OverviewPeriod.Month(month.Year, month.Month));
        }

        foreach (var year in new[] { localNow.Year, localNow.Year - 1 })
        {
            var lastQuarter = year == localNow.Year ? ((localNow.Month - 1) / 3) + 1 : 4;
            for (var quarter = lastQuarter; quarter >= 1; quarter--)
            {
                periods.Add(OverviewPeriod.Quarter(year, quarter));
            }

            periods.Add(OverviewPeriod.WholeYear(year));
        }

        return [.. periods.Select(p => (KeyOf(p), OverviewTexts.PeriodTitle(p)))];
    }

    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?<month>\d{2})|-Q(?<quarter>[1-4]))?$")]
    private static partial Regex Key();
}
