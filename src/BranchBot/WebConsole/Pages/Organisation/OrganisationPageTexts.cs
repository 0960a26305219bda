using BranchBot.Core.Meetings;
using BranchBot.Core.Organisation.Oversight;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.WebConsole.Pages.Organisation;

/// <summary>The 各支部 page's Chinese: refusals, its cells and its legend.</summary>
internal static class OrganisationPageTexts
{
    public const string RefusedTitle = "无权查看各支部情况";
    public const string Refused = "「各支部」的页面只对党委书记、党委副书记、组织委员和党建专员开放。本支部的情况请看「台账」页。";
    public const string PeriodUnknown = "没有这个期间，请从列表中选择月份、季度或年份。";

    /// <summary>"未达标 0/1", "达标 1/1", "启用前（可补录）", or the at-risk "即将到期未安排 0/1".</summary>
    public static string Cell(RuleCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var word = cell.Status != LedgerStatus.Missed && cell.IsAtRisk ? "即将到期未安排" : ComplianceTexts.Status(cell.Status);
        return cell.Status == LedgerStatus.BeforeSetup ? word : $"{word} {cell.Held}/{cell.Required}";
    }

    public static string? CellClass(RuleCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Status switch
        {
            LedgerStatus.Missed => "gap",
            LedgerStatus.BeforeSetup => "before-setup",
            _ when cell.IsAtRisk => "at-risk",
            LedgerStatus.InProgress => "in-progress",
            _ => null,
        };
    }

    public static string Column(RuleColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var every = column.Period switch
        {
            CompliancePeriod.Month => "每月",
            CompliancePeriod.Quarter => "每季度",
            _ => "每年",
        };
        return $"{column.KindName}（{every}）";
    }
}
