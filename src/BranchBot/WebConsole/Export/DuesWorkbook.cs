using BranchBot.Core.Dues;
using BranchBot.Dialogs.Dues;
using ClosedXML.Excel;

namespace BranchBot.WebConsole.Export;

/// <summary>
/// 导出党费台账: an .xlsx with a 党费台账 sheet (a row per member: base, monthly amount, the twelve months, total; a
/// total row per month) and a 收缴明细 sheet (one row per payment with its receipt). Amounts are numbers with two
/// places; names are written as text, so nothing typed becomes a formula.
/// </summary>
public sealed class DuesWorkbook(DuesReports reports, IDuesStore store)
{
    public const string LedgerSheet = "党费台账";
    public const string PaymentsSheet = "收缴明细";
    private const string MoneyFormat = "0.00";

    public static string FileName(int year) => $"党费台账-{year}.xlsx";

    public async Task<byte[]> BuildAsync(int year, CancellationToken cancellationToken)
    {
        var ledger = await reports.LedgerAsync(year, cancellationToken);
        using var workbook = new XLWorkbook();
        WriteLedger(workbook.Worksheets.Add(LedgerSheet), ledger);
        var payments = await store.ListPaymentsAsync(new DuesMonth(year, 1), new DuesMonth(year, 12), cancellationToken);
        WritePayments(workbook.Worksheets.Add(PaymentsSheet), payments, ledger.Rows.ToDictionary(r => r.Member.Id, r => r.Member.Name, StringComparer.Ordinal));
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void WriteLedger(IXLWorksheet sheet, DuesLedger ledger)
    {
        LedgerSheets.Header(sheet, ["姓名", "交纳基数", "每月应交", .. ledger.Months.Select(m => $"{m.Month}月"), "合计"]);
        var row = 2;
        foreach (var (member, cells) in ledger.Rows)
        {
            var dues = cells.Select(c => c.Due).LastOrDefault(d => d is not null);
            sheet.Cell(row, 1).SetValue(member.Name);
            sheet.Cell(row, 2).SetValue(dues is null ? "未登记" : string.Empty);
            Money(sheet.Cell(row, 3), dues);
            for (var i = 0; i < cells.Count; i++)
            {
                var cell = cells[i];
                var target = sheet.Cell(row, 4 + i);
                if (cell.IsPaid)
                {
                    Money(target, cell.Payment!.Amount);
                }
                else
                {
                    target.SetValue(cell.IsPending ? "待确认" : cell.IsUnpaid ? "未交" : string.Empty);
                }
            }

            Money(sheet.Cell(row, 4 + cells.Count), DuesLedger.MemberTotal(cells));
            row++;
        }

        sheet.Cell(row, 1).SetValue("合计");
        for (var i = 0; i < ledger.Months.Count; i++)
        {
            Money(sheet.Cell(row, 4 + i), ledger.MonthTotal(i));
        }

        Money(sheet.Cell(row, 4 + ledger.Months.Count), ledger.Total);
        LedgerSheets.Widths(sheet, [10, 10, 10, .. ledger.Months.Select(_ => 9.0), 11]);
    }

    private static void WritePayments(IXLWorksheet sheet, IReadOnlyList<DuesPayment> payments, Dictionary<string, string> names)
    {
        LedgerSheets.Header(sheet, ["月份", "姓名", "金额", "状态", "收据号"]);
        var row = 2;
        foreach (var payment in payments)
        {
            sheet.Cell(row, 1).SetValue(DuesTexts.Month(payment.Month));
            sheet.Cell(row, 2).SetValue(names.GetValueOrDefault(payment.MemberId, payment.MemberId));
            Money(sheet.Cell(row, 3), payment.Amount);
            sheet.Cell(row, 4).SetValue(payment.State == DuesPaymentState.Paid ? "已收" : "待确认");
            sheet.Cell(row, 5).SetValue(payment.Receipt?.ToString() ?? string.Empty);
            row++;
        }

        LedgerSheets.Widths(sheet, [12, 10, 10, 8, 12]);
    }

    private static void Money(IXLCell cell, decimal? amount)
    {
        if (amount is not { } value)
        {
            return;
        }

        cell.SetValue(value);
        cell.Style.NumberFormat.Format = MoneyFormat;
    }
}
