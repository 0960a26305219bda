using System.Globalization;
using System.Text;
using BranchBot.Core.Meetings;
using BranchBot.Core.Organisation.Oversight;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Organisation;

/// <summary>
/// 各支部情况 in chat: one short line per branch, red first (a required meeting missed, then one about to be), at
/// most <see cref="BranchLinesShown"/> lines, then how many more and the console page that lists them all.
/// </summary>
public static class OverviewTexts
{
    /// <summary>A 党委 of 300 branches would otherwise get a message no phone can read; the console lists them all.</summary>
    public const int BranchLinesShown = 30;

    /// <summary>How many missed or at-risk meetings one branch line names before "等N项".</summary>
    public const int ItemsShownPerBranch = 2;

    private static readonly string[] QuarterNames = ["一", "二", "三", "四"];

    /// <param name="consoleLink">Where the full overview is, given by the caller (the console's organisation page).</param>
    public static string Overview(OverviewReport report, string consoleLink)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder($"各支部情况（{PeriodTitle(report.Period)}）");
        text.Append('\n').Append(Headline(report));
        var duplicateNames = report.Rows.GroupBy(r => r.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var row in report.Rows.Take(BranchLinesShown))
        {
            text.Append("\n· ").Append(duplicateNames.Contains(row.Name) ? row.Path : row.Name).Append('：').Append(Problems(row, report.Period));
        }

        if (report.Rows.Count > BranchLinesShown)
        {
            text.Append("\n……另有").Append(report.Rows.Count - BranchLinesShown).Append("个支部");
        }

        if (Figures(report) is { } figures)
        {
            text.Append('\n').Append(figures);
        }

        return text.Append("\n完整情况：").Append(consoleLink).ToString();
    }

    /// <summary>How many branch names one status line of <see cref="ByRule"/> names before "等N个支部".</summary>
    public const int NamesShownPerStatus = 5;

    /// <summary>
    /// 台账 全部: the same overview by rule. Each rule the branches have gets a heading, then its branches grouped by
    /// status, the ones needing attention first; a status line names at most <see cref="NamesShownPerStatus"/> branches.
    /// </summary>
    public static string ByRule(OverviewReport report, string consoleLink)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder($"各支部台账（{PeriodTitle(report.Period)}，按会议类别）");
        if (report.Rows.Count == 0)
        {
            text.Append("\n还没有支部。");
        }

        var duplicateNames = report.Rows.GroupBy(r => r.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var column in report.Columns)
        {
            lines.Add($"{column.KindName}（{RulePeriodWord(column.Period)}）：");
            var cells = report.Rows.Select(row => (Row: row, Cell: row.CellOf(column))).Where(c => c.Cell is not null).ToList();
            foreach (var group in cells.GroupBy(c => StatusWord(c.Cell!)).OrderBy(g => StatusOrder(g.First().Cell!)))
            {
                var names = group.Select(c => duplicateNames.Contains(c.Row.Name) ? c.Row.Path : c.Row.Name).ToList();
                var shown = names.Count <= NamesShownPerStatus
                    ? string.Join("、", names)
                    : string.Join("、", names.Take(NamesShownPerStatus)) + $"等{names.Count}个支部";
                lines.Add($"· {group.Key}：{shown}");
            }
        }

        foreach (var line in lines.Take(BranchLinesShown))
        {
            text.Append('\n').Append(line);
        }

        if (lines.Count > BranchLinesShown)
        {
            text.Append("\n……其余").Append(lines.Count - BranchLinesShown).Append("行见控制台");
        }

        return text.Append("\n完整情况：").Append(consoleLink).ToString();
    }

    private static string RulePeriodWord(CompliancePeriod period) => period switch
    {
        CompliancePeriod.Month => "每月",
        CompliancePeriod.Quarter => "每季度",
        _ => "每年",
    };

    /// <summary>缺开 (a period missed), 即将到期未安排 (at risk), else the 台账's own word for the combined status.</summary>
    private static string StatusWord(RuleCell cell) =>
        cell.Status == LedgerStatus.Missed ? "缺开" : cell.IsAtRisk ? "即将到期未安排" : ComplianceTexts.Status(cell.Status);

    private static int StatusOrder(RuleCell cell) =>
        cell.Status == LedgerStatus.Missed ? 0 : cell.IsAtRisk ? 1 : cell.Status switch
        {
            LedgerStatus.InProgress => 2,
            LedgerStatus.NotStarted => 3,
            LedgerStatus.BeforeSetup => 4,
            _ => 5,
        };

    /// <summary>"2026年11月", "2026年第四季度" or "2026年".</summary>
    public static string PeriodTitle(OverviewPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Length switch
        {
            CompliancePeriod.Month => string.Create(CultureInfo.InvariantCulture, $"{period.Year}年{period.Number}月"),
            CompliancePeriod.Quarter => ComplianceTexts.Quarter(period.Year, period.Number),
            _ => ComplianceTexts.Year(period.Year),
        };
    }

    private static string Headline(OverviewReport report)
    {
        if (report.Rows.Count == 0)
        {
            return "还没有支部。";
        }

        var missed = report.Rows.Count(r => r.Attention == OverviewAttention.Missed);
        var atRisk = report.Rows.Count(r => r.Attention == OverviewAttention.AtRisk);
        if (missed + atRisk == 0)
        {
            return $"共{report.Rows.Count}个支部，没有缺开的会议。";
        }

        var parts = new List<string>();
        if (missed > 0)
        {
            parts.Add($"{missed}个有缺开");
        }

        if (atRisk > 0)
        {
            parts.Add($"{atRisk}个即将到期未安排");
        }

        return $"共{report.Rows.Count}个支部，{string.Join("，", parts)}：";
    }

    /// <summary>"缺10月支委会；11月党小组会（第一党小组）未安排", or "无缺开".</summary>
    private static string Problems(OverviewRow row, OverviewPeriod period)
    {
        var missed = row.Rules.SelectMany(c => c.MissedRows).Select(r => Item(r, period)).ToList();
        var atRisk = row.Rules.SelectMany(c => c.AtRiskRows).Select(r => Item(r, period)).ToList();
        var parts = new List<string>();
        if (missed.Count > 0)
        {
            parts.Add("缺" + Items(missed));
        }

        if (atRisk.Count > 0)
        {
            parts.Add(Items(atRisk) + "未安排");
        }

        return parts.Count == 0 ? "无缺开" : string.Join("；", parts);
    }

    private static string Items(IReadOnlyList<string> items) =>
        items.Count <= ItemsShownPerBranch
            ? string.Join("、", items)
            : string.Join("、", items.Take(ItemsShownPerBranch)) + $"等{items.Count}项";

    /// <summary>"10月支委会", "党员大会" (the asked period itself), "11月党小组会（第一党小组）".</summary>
    private static string Item(LedgerRow row, OverviewPeriod period)
    {
        var when = row.Period.Period == period.Length ? string.Empty : row.Period.Period switch
        {
            CompliancePeriod.Month => string.Create(CultureInfo.InvariantCulture, $"{row.Period.Number}月"),
            CompliancePeriod.Quarter => $"第{QuarterNames[row.Period.Number - 1]}季度",
            _ => string.Create(CultureInfo.InvariantCulture, $"{row.Period.Year}年"),
        };
        return row.GroupName is null ? when + row.KindName : $"{when}{row.KindName}（{row.GroupName}）";
    }

    /// <summary>The organisation's totals: 谈心 pairs covered, broadcast receipts and open questions; null when there are none.</summary>
    private static string? Figures(OverviewReport report)
    {
        var parts = new List<string>();
        var needed = report.Rows.Sum(r => r.Talks.Needed);
        if (needed > 0)
        {
            parts.Add($"谈心{report.Rows.Sum(r => r.Talks.Covered)}/{needed}");
        }

        var receipts = new ReceiptCounts(report.Rows.Sum(r => r.Receipts.Acknowledged), report.Rows.Sum(r => r.Receipts.Recipients));
        if (receipts.Percent is { } percent)
        {
            parts.Add($"广播回执{percent}%");
        }

        var open = report.Rows.Sum(r => r.OpenQuestions);
        if (open > 0)
        {
            parts.Add($"待答问题{open}个");
        }

        return parts.Count == 0 ? null : "全部支部：" + string.Join("，", parts);
    }
}
