using BranchBot.Core;
using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Time;
using ClosedXML.Excel;

namespace BranchBot.WebConsole.Export;

/// <summary>
/// 导出台账: an .xlsx with a 汇总 sheet (required against held per rule and period) and one sheet per kind of
/// meeting held that year (date, topic, place, host, attendance counts and names, minutes). Every text is written
/// as text, so nothing typed by a person becomes a formula or a number.
/// </summary>
public sealed class LedgerWorkbook(ComplianceService compliance, YearMeetings yearMeetings, IMembershipStore members, BranchClock clock)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string SummarySheet = "汇总";

    public static readonly IReadOnlyList<string> MeetingColumns =
        ["日期", "主题", "地点", "主持人", "应到", "实到", "请假", "缺席", "出席名单", "请假名单", "缺席名单", "会议记录"];

    public static string FileName(int year) => $"台账-{year}.xlsx";

    public async Task<Outcome<byte[], ComplianceProblem>> BuildAsync(int year, CancellationToken cancellationToken)
    {
        var ledger = await compliance.LedgerAsync(year, null, cancellationToken);
        if (!ledger.Succeeded)
        {
            return ledger.Problem!;
        }

        var held = await yearMeetings.HeldAsync(year, cancellationToken);
        var names = (await members.ListMembersAsync(cancellationToken)).ToDictionary(m => m.Id, m => m.Name, StringComparer.Ordinal);
        using var workbook = new XLWorkbook();
        WriteSummary(workbook.Worksheets.Add(SummarySheet), ledger.Value!);
        foreach (var kind in MeetingKinds.All)
        {
            var ofKind = held.Where(s => s.Meeting.Kind == kind).ToList();
            if (ofKind.Count > 0 || ledger.Value!.Rows.Any(r => r.Kind == kind))
            {
                await WriteMeetingsAsync(workbook.Worksheets.Add(MeetingKinds.ToChinese(kind)), ofKind, names, cancellationToken);
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return Outcome<byte[], ComplianceProblem>.Ok(stream.ToArray());
    }

    private static void WriteSummary(IXLWorksheet sheet, ComplianceLedger ledger)
    {
        Header(sheet, ["会议", "期间", "党小组", "应开", "已开", "已安排", "状态", "依据"]);
        var row = 2;
        foreach (var line in ledger.Rows)
        {
            sheet.Cell(row, 1).SetValue(line.KindName);
            sheet.Cell(row, 2).SetValue(ComplianceTexts.Period(line.Period));
            sheet.Cell(row, 3).SetValue(line.GroupName ?? string.Empty);
            sheet.Cell(row, 4).SetValue(line.Required);
            sheet.Cell(row, 5).SetValue(line.Held);
            sheet.Cell(row, 6).SetValue(line.Planned);
            sheet.Cell(row, 7).SetValue(ComplianceTexts.Status(line.Status));
            sheet.Cell(row, 8).SetValue(line.Basis);
            if (line.Status == LedgerStatus.Missed)
            {
                sheet.Row(row).Style.Fill.BackgroundColor = XLColor.FromHtml("#FDE7E7");
            }
            else if (line.Status == LedgerStatus.BeforeSetup)
            {
                sheet.Row(row).Style.Fill.BackgroundColor = XLColor.FromHtml("#F1F3F4");
            }

            row++;
        }

        Widths(sheet, [14, 16, 14, 8, 8, 8, 16, 40]);
    }

    private async Task WriteMeetingsAsync(IXLWorksheet sheet, IReadOnlyList<AttendanceSummary> held, Dictionary<string, string> names, CancellationToken cancellationToken)
    {
        Header(sheet, MeetingColumns);
        var row = 2;
        foreach (var summary in held)
        {
            var meeting = summary.Meeting;
            sheet.Cell(row, 1).SetValue(clock.ToLocal(meeting.StartsAt).DateTime);
            sheet.Cell(row, 1).Style.DateFormat.Format = "yyyy-mm-dd hh:mm";
            sheet.Cell(row, 2).SetValue(meeting.Topic ?? string.Empty);
            sheet.Cell(row, 3).SetValue(meeting.Place ?? string.Empty);
            sheet.Cell(row, 4).SetValue(await HostNameAsync(meeting.HostMemberId, names, cancellationToken));
            sheet.Cell(row, 5).SetValue(summary.AudienceCount);
            sheet.Cell(row, 6).SetValue(summary.Attended.Count);
            sheet.Cell(row, 7).SetValue(summary.OnLeave.Count);
            sheet.Cell(row, 8).SetValue(summary.Absent.Count + summary.LeavePending.Count);
            sheet.Cell(row, 9).SetValue(string.Join("、", summary.Attended.Select(m => m.Name)));
            sheet.Cell(row, 10).SetValue(string.Join("、", summary.OnLeave.Select(m => m.Name)));
            sheet.Cell(row, 11).SetValue(string.Join("、", summary.Absent.Concat(summary.LeavePending).Select(m => m.Name)));
            sheet.Cell(row, 12).SetValue(meeting.Minutes ?? string.Empty);
            sheet.Cell(row, 12).Style.Alignment.WrapText = true;
            row++;
        }

        Widths(sheet, [17, 24, 16, 10, 6, 6, 6, 6, 30, 20, 20, 60]);
    }

    private async Task<string> HostNameAsync(string? hostId, Dictionary<string, string> names, CancellationToken cancellationToken)
    {
        if (hostId is null)
        {
            return string.Empty;
        }

        // Removed members are not in the active list but still named in old meetings.
        return names.TryGetValue(hostId, out var name) ? name : (await members.GetMemberAsync(hostId, cancellationToken))?.Name ?? string.Empty;
    }

    private static void Header(IXLWorksheet sheet, IReadOnlyList<string> titles)
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
    private static void Widths(IXLWorksheet sheet, IReadOnlyList<double> widths)
    {
        for (var i = 0; i < widths.Count; i++)
        {
            sheet.Column(i + 1).Width = widths[i];
        }
    }
}
