using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Meetings;
using ClosedXML.Excel;

namespace BranchBot.WebConsole.Export;

/// <summary>The 台账 sheet layout shared by one branch's workbook and the organisation's: header, rows, fills, widths.</summary>
internal static class LedgerSheets
{
    public static readonly IReadOnlyList<string> SummaryColumns = ["会议", "期间", "党小组", "应开", "已开", "已安排", "状态", "依据"];

    private static readonly XLColor MissedFill = XLColor.FromHtml("#FDE7E7");
    private static readonly XLColor BeforeSetupFill = XLColor.FromHtml("#F1F3F4");

    /// <summary>One branch's 台账 rows: required against held per rule and period, missed red and 启用前 grey.</summary>
    public static void Summary(IXLWorksheet sheet, IEnumerable<LedgerRow> rows)
    {
        Header(sheet, SummaryColumns);
        var row = 2;
        foreach (var line in rows)
        {
            sheet.Cell(row, 1).SetValue(line.KindName);
            sheet.Cell(row, 2).SetValue(ComplianceTexts.Period(line.Period));
            sheet.Cell(row, 3).SetValue(line.GroupName ?? string.Empty);
            sheet.Cell(row, 4).SetValue(line.Required);
            sheet.Cell(row, 5).SetValue(line.Held);
            sheet.Cell(row, 6).SetValue(line.Planned);
            sheet.Cell(row, 7).SetValue(ComplianceTexts.Status(line.Status));
            sheet.Cell(row, 8).SetValue(line.Basis);
            Fill(sheet.Row(row).Style, line.Status);
            row++;
        }

        Widths(sheet, [14, 16, 14, 8, 8, 8, 16, 40]);
    }

    /// <summary>Missed red, 启用前 grey, others unfilled.</summary>
    public static void Fill(IXLStyle style, LedgerStatus status)
    {
        ArgumentNullException.ThrowIfNull(style);
        if (status == LedgerStatus.Missed)
        {
            style.Fill.BackgroundColor = MissedFill;
        }
        else if (status == LedgerStatus.BeforeSetup)
        {
            style.Fill.BackgroundColor = BeforeSetupFill;
        }
    }

    public static void Header(IXLWorksheet sheet, IReadOnlyList<string> titles)
    {
        for (var i = 0; i < titles.Count; i++)
        {
            sheet.Cell(1, i + 1).SetValue(titles[i]);
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.Row(1).Style.Fill.BackgroundColor = XLColor.FromHtml("#F0EFE9");
        sheet.SheetView.FreezeRows(1);
    }

    // Fixed widths: ClosedXML measures text for AdjustToContents with System.Drawing, which Linux servers lack.
    public static void Widths(IXLWorksheet sheet, IReadOnlyList<double> widths)
    {
        for (var i = 0; i < widths.Count; i++)
        {
            sheet.Column(i + 1).Width = widths[i];
        }
    }
}
