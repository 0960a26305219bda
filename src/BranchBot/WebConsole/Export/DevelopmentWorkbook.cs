using BranchBot.Core.PartyDevelopment;
using BranchBot.Dialogs.PartyDevelopment;
using ClosedXML.Excel;

namespace BranchBot.WebConsole.Export;

/// <summary>
/// 导出发展党员台账: one row per person, one column per step with its date (the latest when a step repeats, e.g. 考察),
/// then 例外说明. Dates are written as dates; every text as text, so nothing typed becomes a formula.
/// </summary>
public static class DevelopmentWorkbook
{
    public const string FileName = "发展党员台账.xlsx";
    public const string SheetName = "发展党员";

    /// <summary>The steps in the 细则's order: each 党委 approval (added last to the enum) beside the 支部大会 decision it approves.</summary>
    public static IReadOnlyList<DevelopmentStepKind> StepColumns { get; } =
        [.. Enum.GetValues<DevelopmentStepKind>().OrderBy(k => (int)Approves(k)).ThenBy(k => (int)k)];

    private static DevelopmentStepKind Approves(DevelopmentStepKind kind) => kind switch
    {
        DevelopmentStepKind.ConversionApproval => DevelopmentStepKind.Conversion,
        DevelopmentStepKind.ExtensionApproval => DevelopmentStepKind.Extension,
        DevelopmentStepKind.DisqualificationApproval => DevelopmentStepKind.Disqualification,
        _ => kind,
    };

    public static byte[] Write(IReadOnlyList<DevelopmentLedgerLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName);
        string[] heading = ["姓名", "当前阶段", .. StepColumns.Select(DevelopmentLabels.Step), "培养联系人", "入党介绍人", "例外说明"];
        for (var column = 0; column < heading.Length; column++)
        {
            sheet.Cell(1, column + 1).SetValue(heading[column]);
        }

        var row = 2;
        foreach (var line in lines.OrderBy(l => l.Stage).ThenBy(l => l.Record.Name, StringComparer.Ordinal))
        {
            var record = line.Record;
            sheet.Cell(row, 1).SetValue(record.Name);
            sheet.Cell(row, 2).SetValue(DevelopmentLabels.Stage(record.Stage));
            for (var i = 0; i < StepColumns.Count; i++)
            {
                if (record.DateOf(StepColumns[i]) is { } date)
                {
                    var cell = sheet.Cell(row, i + 3);
                    cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                    cell.Style.DateFormat.Format = "yyyy-mm-dd";
                }
            }

            var after = StepColumns.Count + 3;
            sheet.Cell(row, after).SetValue(string.Join("、", record.Latest(DevelopmentStepKind.Contacts)?.People ?? []));
            sheet.Cell(row, after + 1).SetValue(string.Join("、", record.Latest(DevelopmentStepKind.Introducers)?.People ?? []));
            sheet.Cell(row, after + 2).SetValue(string.Join("；", record.Steps.Where(s => s.ExceptionReason is not null)
                .Select(s => $"{DevelopmentLabels.Step(s.Kind)}：{s.ExceptionReason}")));
            row++;
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        // Fixed widths: ClosedXML measures text for AdjustToContents with System.Drawing, which Linux servers lack.
        sheet.Columns(1, heading.Length).Width = 14;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
