using System.Globalization;
using System.Text.RegularExpressions;
using BranchBot.Core.Meetings;
using BranchBot.Core.Organisation.Oversight;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Organisation;

/// <summary>
/// The period of 各支部情况 and 台账 全部: nothing (本季度), 本月, 上个月, "11月", "2026年11月", or anything a branch's
/// 台账 accepts (本季度, 今年, 2026, 2026年第4季度).
/// </summary>
public static partial class OverviewPeriodReader
{
    public static OverviewPeriod? Read(string? text, DateTimeOffset localNow)
    {
        var value = TextNormalizer.CollapseSpaces(TextNormalizer.StripTrailingPunctuation(text)).Replace(" ", string.Empty, StringComparison.Ordinal);
        switch (value)
        {
            case "":
                return OverviewPeriod.Quarter(localNow.Year, ((localNow.Month - 1) / 3) + 1);
            case "本月" or "这个月" or "这月" or "当月":
                return OverviewPeriod.Month(localNow.Year, localNow.Month);
            case "上月" or "上个月" or "上一个月":
                var previous = localNow.AddMonths(-1);
                return OverviewPeriod.Month(previous.Year, previous.Month);
        }

        if (Month().Match(value) is { Success: true } month)
        {
            var year = month.Groups["year"].Success ? int.Parse(month.Groups["year"].Value, CultureInfo.InvariantCulture) : localNow.Year;
            var number = int.Parse(month.Groups["month"].Value, CultureInfo.InvariantCulture);
            return number is >= 1 and <= 12 && InRange(year) ? OverviewPeriod.Month(year, number) : null;
        }

        return LedgerScope.Read(value, localNow) switch
        {
            { } scope when !InRange(scope.Year) => null,
            { Quarter: { } quarter } scope when quarter is >= 1 and <= 4 => OverviewPeriod.Quarter(scope.Year, quarter),
            { Quarter: null } scope => OverviewPeriod.WholeYear(scope.Year),
            _ => null,
        };
    }

    private static bool InRange(int year) => year is >= ComplianceService.FirstYear and <= ComplianceService.LastYear;

    [GeneratedRegex(@"^(?:(?<year>\d{4})年)?(?<month>\d{1,2})月份?$")]
    private static partial Regex Month();
}
