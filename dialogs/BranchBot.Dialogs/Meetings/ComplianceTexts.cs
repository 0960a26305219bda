using System.Globalization;
using BranchBot.Core.Meetings;

namespace BranchBot.Dialogs.Meetings;

/// <summary>How the 台账 words its periods and statuses, for the chat, the console and the Excel export alike.</summary>
public static class ComplianceTexts
{
    private static readonly string[] QuarterNames = ["一", "二", "三", "四"];

    /// <summary>"2026年11月", "2026年第四季度" or "2026年".</summary>
    public static string Period(PeriodSpan period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Period switch
        {
            CompliancePeriod.Month => string.Create(CultureInfo.InvariantCulture, $"{period.Year}年{period.Number}月"),
            CompliancePeriod.Quarter => Quarter(period.Year, period.Number),
            _ => Year(period.Year),
        };
    }

    /// <summary>"2026年1月至11月", "2025年12月至2026年2月", "2026年第一季度至第三季度".</summary>
    public static string PeriodRange(PeriodSpan first, PeriodSpan last)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(last);
        var end = Period(last);
        var sameYear = first.Year == last.Year && end.StartsWith(Year(last.Year), StringComparison.Ordinal);
        return $"{Period(first)}至{(sameYear ? end[Year(last.Year).Length..] : end)}";
    }

    /// <summary>"2026年第四季度".</summary>
    public static string Quarter(int year, int quarter) =>
        string.Create(CultureInfo.InvariantCulture, $"{year}年第{QuarterNames[quarter - 1]}季度");

    /// <summary>"2026年".</summary>
    public static string Year(int year) => string.Create(CultureInfo.InvariantCulture, $"{year}年");

    /// <summary>"2026年" or "2026年第四季度".</summary>
    public static string Title(ComplianceLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return ledger.Quarter is { } quarter ? Quarter(ledger.Year, quarter) : Year(ledger.Year);
    }

    public static string Status(LedgerStatus status) => status switch
    {
        LedgerStatus.Met => "达标",
        LedgerStatus.Missed => "未达标",
        LedgerStatus.InProgress => "进行中",
        LedgerStatus.BeforeSetup => "启用前（可补录）",
        LedgerStatus.NotStarted => "未到期",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A ledger status without wording."),
    };
}
