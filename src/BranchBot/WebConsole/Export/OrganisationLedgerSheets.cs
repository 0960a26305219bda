using BranchBot.Core.Meetings;
using BranchBot.Core.Organisation.Oversight;
using BranchBot.Dialogs.Meetings;
using ClosedXML.Excel;

namespace BranchBot.WebConsole.Export;

/// <summary>
/// 导出台账 for a whole organisation: a 汇总 sheet of branches (red first, as in the overview) against rules, with
/// the status words and fills of a branch's own 台账, then each branch's 台账 on its own sheet in the single-branch
/// 汇总 layout.
/// </summary>
internal static class OrganisationLedgerSheets
{
    public const string NotApplicable = "不适用";

    public static void Write(XLWorkbook workbook, OverviewReport report)
    {
        var summary = workbook.Worksheets.Add(LedgerWorkbook.SummarySheet);
        WriteSummary(summary, report);
        var names = SheetNames.ForBranches([.. report.Rows.Select(r => (r.Name, r.Path))], [LedgerWorkbook.SummarySheet]);
        for (var i = 0; i < report.Rows.Count; i++)
        {
            LedgerSheets.Summary(workbook.Worksheets.Add(names[i]), report.Rows[i].LedgerRows);
        }
    }

    private static void WriteSummary(IXLWorksheet sheet, OverviewReport report)
    {
        var columns = report.Columns;
        LedgerSheets.Header(sheet, [
            "支部", "需关注", .. columns.Select(c => $"{c.KindName}（{PeriodWord(c.Period)}）"), "谈心", "广播回执", "待答问题"]);
        var row = 2;
        foreach (var branch in report.Rows)
        {
            sheet.Cell(row, 1).SetValue(branch.Path);
            sheet.Cell(row, 2).SetValue(AttentionWord(branch.Attention));
            for (var i = 0; i < columns.Count; i++)
            {
                var cell = sheet.Cell(row, 3 + i);
                if (branch.CellOf(columns[i]) is { } rule)
                {
                    cell.SetValue(ComplianceTexts.Status(rule.Status));
                    LedgerSheets.Fill(cell.Style, rule.Status);
                }
                else
                {
                    cell.SetValue(NotApplicable);
                }
            }

            var next = 3 + columns.Count;
            sheet.Cell(row, next).SetValue($"{branch.Talks.Covered}/{branch.Talks.Needed}");
            sheet.Cell(row, next + 1).SetValue(branch.Receipts.Percent is { } percent ? $"{percent}%" : "—");
            sheet.Cell(row, next + 2).SetValue(branch.OpenQuestions);
            row++;
        }

        LedgerSheets.Widths(sheet, [30, 16, .. columns.Select(_ => 16.0), 10, 10, 10]);
    }

    private static string PeriodWord(CompliancePeriod period) => period switch
    {
        CompliancePeriod.Month => "每月",
        CompliancePeriod.Quarter => "每季度",
        _ => "每年",
    };

    private static string AttentionWord(OverviewAttention attention) => attention switch
    {
        OverviewAttention.Missed => "有缺开",
        OverviewAttention.AtRisk => "即将到期未安排",
        _ => string.Empty,
    };
}
